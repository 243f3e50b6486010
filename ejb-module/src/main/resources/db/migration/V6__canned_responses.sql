-- Canned responses: replies written once by supervisors, inserted by agents into their reply and adapted.
-- The sequence starts at 100 so that the ids it hands out (from 51, JPA allocation size 50) never meet the three
-- responses shipped below.
CREATE SEQUENCE CANNED_RESPONSE_SEQ START WITH 100 INCREMENT BY 50;
CREATE TABLE CANNED_RESPONSE (
    ID BIGINT NOT NULL PRIMARY KEY,
    VERSION BIGINT NOT NULL,
    TITLE VARCHAR(200) NOT NULL,
    BODY VARCHAR(4000) NOT NULL,
    UPDATED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    UPDATED_BY VARCHAR(100) NOT NULL
);
INSERT INTO CANNED_RESPONSE (ID, VERSION, TITLE, BODY, UPDATED_AT, UPDATED_BY) VALUES (1, 0, 'Accueil',
    'Bonjour, je suis conseiller au centre de contacts de la Ville de Suresnes. Je prends connaissance de votre demande.',
    CURRENT_TIMESTAMP, 'system');
INSERT INTO CANNED_RESPONSE (ID, VERSION, TITLE, BODY, UPDATED_AT, UPDATED_BY) VALUES (2, 0, 'Demande de précision',
    'Pour bien vous répondre, pouvez-vous me préciser votre situation (âge, adresse à Suresnes, numéro de dossier si vous en avez un) ?',
    CURRENT_TIMESTAMP, 'system');
INSERT INTO CANNED_RESPONSE (ID, VERSION, TITLE, BODY, UPDATED_AT, UPDATED_BY) VALUES (3, 0, 'Clôture',
    'Je vous remercie de votre contact. N''hésitez pas à revenir vers nous pour toute autre question. Bonne journée.',
    CURRENT_TIMESTAMP, 'system');
