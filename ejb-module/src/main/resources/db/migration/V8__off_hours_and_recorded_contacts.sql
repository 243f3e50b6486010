-- Off hours: a request for a person made while the center is closed waits for the next opening, with what the
-- citizen left for it (a message, a number to call back).
ALTER TABLE CONVERSATION ADD COLUMN AFTER_HOURS BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE CONVERSATION ADD COLUMN CALLBACK_PHONE VARCHAR(40);

-- A contact that reached the city outside the bots (a call, a visit, a letter, an e-mail) is recorded by the agent
-- who took it, into the same history as the bots' conversations.
ALTER TABLE CONVERSATION ADD COLUMN RECORDED_BY_AGENT_ID BIGINT REFERENCES AGENT (ID);
ALTER TABLE CONVERSATION ADD COLUMN CONTACTED_AT TIMESTAMP WITH TIME ZONE;

-- A citizen's postal address, written on letters and given at the desk.
ALTER TABLE CITIZEN ADD COLUMN POSTAL_ADDRESS VARCHAR(500);

-- The files a recorded contact came with (a scanned letter, an e-mail and its attachments), and their text as Tika
-- read it, or why it could not.
CREATE SEQUENCE CONTACT_ATTACHMENT_SEQ START WITH 50 INCREMENT BY 50;
CREATE TABLE CONTACT_ATTACHMENT (
    ID BIGINT NOT NULL PRIMARY KEY,
    CONVERSATION_ID BIGINT NOT NULL REFERENCES CONVERSATION (ID),
    FILE_NAME VARCHAR(255) NOT NULL,
    MEDIA_TYPE VARCHAR(200) NOT NULL,
    SIZE_BYTES BIGINT NOT NULL,
    CONTENT BYTEA NOT NULL,
    EXTRACTED_TEXT TEXT,
    EXTRACTION_PROBLEM VARCHAR(500),
    ADDED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IX_CONTACT_ATTACHMENT_CONVERSATION ON CONTACT_ATTACHMENT (CONVERSATION_ID);
