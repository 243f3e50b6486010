package fr.suresnes.contactcenter.bench;

import java.util.Set;

/**
 * A question, the IDs of the documents (DILA fiche IDs) that answer it, and the words of the fiche that answer it
 * when they were annotated and are in the corpus' version of the fiche ({@code null} otherwise).
 */
record LabelledQuestion(String text, Set<String> answeringIds, String answerSpan) {

    LabelledQuestion(String text, Set<String> answeringIds) {
        this(text, answeringIds, null);
    }

    boolean hasAnswerSpan() {
        return answerSpan != null;
    }

    /** The same question in other words: same labels, same span. */
    LabelledQuestion rewordedAs(String otherText) {
        return new LabelledQuestion(otherText, answeringIds, answerSpan);
    }
}
