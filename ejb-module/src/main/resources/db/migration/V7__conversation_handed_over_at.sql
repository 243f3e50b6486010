-- When a conversation first entered a queue for a person. Unlike WAITING_SINCE it is never moved by a transfer nor
-- cleared when an agent hands the conversation back to the bot: the dashboard counts handoffs and first-response
-- times from it. Conversations queued before this release get the best time known (their last queue entry, else
-- their claim, else their last change).
ALTER TABLE CONVERSATION ADD COLUMN HANDED_OVER_AT TIMESTAMP WITH TIME ZONE;
UPDATE CONVERSATION SET HANDED_OVER_AT = COALESCE(WAITING_SINCE, CLAIMED_AT, UPDATED_AT) WHERE QUEUE_ID IS NOT NULL;
CREATE INDEX IX_CONVERSATION_OPENED ON CONVERSATION (OPENED_AT);
