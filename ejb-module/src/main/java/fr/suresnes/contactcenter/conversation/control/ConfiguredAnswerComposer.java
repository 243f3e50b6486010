package fr.suresnes.contactcenter.conversation.control;

import fr.suresnes.contactcenter.conversation.answer.AnswerComposer;
import fr.suresnes.contactcenter.conversation.answer.AnswerRequest;
import fr.suresnes.contactcenter.conversation.answer.ComposedAnswer;
import fr.suresnes.contactcenter.conversation.answer.Extractive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The answer composer of the conversations: the language model of {@code assistant.llm.*} in front of the
 * extractive composer when one is configured, the extractive composer alone otherwise.
 */
@ApplicationScoped
public class ConfiguredAnswerComposer implements AnswerComposer {

    @Inject
    @Extractive
    AnswerComposer extractive;

    @Inject
    ConfiguredLanguageModel languageModel;

    @Override
    public ComposedAnswer compose(AnswerRequest request) {
        return languageModel.name().isPresent() ? languageModel.compose(request) : extractive.compose(request);
    }

    @Override
    public String name() {
        return languageModel.name().orElseGet(extractive::name);
    }
}
