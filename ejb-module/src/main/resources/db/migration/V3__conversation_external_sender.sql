-- Channels whose clients name the conversation themselves (the Rasa REST channel's "sender"): one sender, one
-- conversation. Only the SHA-256 of the sender is kept, like access tokens.
ALTER TABLE CONVERSATION ADD COLUMN SENDER_HASH VARCHAR(64);
CREATE UNIQUE INDEX UX_CONVERSATION_SENDER ON CONVERSATION (SENDER_HASH);

-- A cited source names its document too (ID and source ID), so channels can link to it without another lookup.
ALTER TABLE MESSAGE_SOURCE ADD COLUMN DOCUMENT_ID BIGINT;
ALTER TABLE MESSAGE_SOURCE ADD COLUMN SOURCE_ID VARCHAR(1000);
