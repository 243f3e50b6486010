package fr.suresnes.contactcenter.conversation.answer;

import java.util.List;

/**
 * A citizen's question, the conversation so far (oldest first, the citizen's and the bot's turns as plain text)
 * and the candidate passages from the knowledge base, best first.
 *
 * @param question      what to answer: the latest message, merged with the question it follows when it is elliptic
 *                      (« et pour un mineur ? »)
 * @param latestMessage the citizen's latest message as written, which says best what they mean now
 */
public record AnswerRequest(String question, String latestMessage, List<String> earlierTurns,
                            List<CandidatePassage> passages) {

    /** A question asked as it is, not merged with an earlier one. */
    public AnswerRequest(String question, List<String> earlierTurns, List<CandidatePassage> passages) {
        this(question, question, earlierTurns, passages);
    }
}
