package fr.suresnes.contactcenter.bench;

import java.util.List;

/** Named labelled turns of conversations. */
record TurnSet(String name, List<LabelledTurn> turns) {

    /** Each question as the first message of its own conversation. */
    static TurnSet openings(QuestionSet set) {
        return new TurnSet(set.name(), set.questions().stream().map(LabelledTurn::opening).toList());
    }

    boolean hasAnswerSpans() {
        return turns.stream().anyMatch(turn -> turn.question().hasAnswerSpan());
    }
}
