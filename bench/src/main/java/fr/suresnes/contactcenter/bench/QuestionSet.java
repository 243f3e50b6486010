package fr.suresnes.contactcenter.bench;

import java.util.List;
import java.util.function.UnaryOperator;

/** Named labelled questions. */
record QuestionSet(String name, List<LabelledQuestion> questions) {

    /** The same questions rewritten, with the same labels. */
    QuestionSet rewritten(String rewriting, UnaryOperator<String> rewrite) {
        return new QuestionSet(name + " · " + rewriting, questions.stream()
                .map(question -> question.rewordedAs(rewrite.apply(question.text()))).toList());
    }
}
