package fr.suresnes.contactcenter.conversation.answer;

import java.util.List;

/**
 * The answer in French, the sources it cites, a calibrated confidence in [0, 1], the choices to offer when the
 * answer depends on the citizen's situation, and the composer that wrote it.
 */
public record ComposedAnswer(String text, List<Citation> citations, double confidence, List<Choice> choices,
                             String composer) {
}
