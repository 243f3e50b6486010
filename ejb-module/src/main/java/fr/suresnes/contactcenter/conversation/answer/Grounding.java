package fr.suresnes.contactcenter.conversation.answer;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on a language model's answer: the passages it cites, in the order it first cites them, or why it was
 * rejected (in French, for the audit trail).
 */
record Grounding(List<CandidatePassage> cited, Optional<String> rejection) {

    static Grounding accepted(List<CandidatePassage> cited) {
        return new Grounding(List.copyOf(cited), Optional.empty());
    }

    static Grounding rejected(String reason) {
        return new Grounding(List.of(), Optional.of(reason));
    }
}
