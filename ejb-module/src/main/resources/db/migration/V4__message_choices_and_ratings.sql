-- The buttons a bot message offered (situations to choose, « Parler à un conseiller »), kept so that every channel
-- can show them again and any answer can be explained later.
CREATE TABLE MESSAGE_CHOICE (
    MESSAGE_ID BIGINT NOT NULL REFERENCES MESSAGE (ID),
    POSITION INTEGER NOT NULL,
    TITLE VARCHAR(200) NOT NULL,
    PAYLOAD VARCHAR(500) NOT NULL,
    PRIMARY KEY (MESSAGE_ID, POSITION)
);

-- The citizen's rating of a bot answer: was it useful?
ALTER TABLE MESSAGE ADD COLUMN RATING VARCHAR(20);
ALTER TABLE MESSAGE ADD COLUMN RATED_AT TIMESTAMP WITH TIME ZONE;
