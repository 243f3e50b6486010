package fr.suresnes.contactcenter.conversation.answer;

import java.util.List;

/**
 * A citizen's question, the conversation so far (oldest first, the citizen's and the bot's turns as plain text)
 * and the candidate passages from the knowledge base, best first.
 */
public record AnswerRequest(String question, List<String> earlierTurns, List<CandidatePassage> passages) {
}
