package fr.suresnes.contactcenter.conversation.control;

import fr.suresnes.contactcenter.conversation.answer.AnswerRequest;
import fr.suresnes.contactcenter.conversation.answer.ComposedAnswer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** The extractive composer's answer when the language model failed, timed out or its circuit is open. */
@Dependent
public class WithoutLanguageModel implements FallbackHandler<ComposedAnswer> {

    @Inject
    ConfiguredLanguageModel languageModel;

    @Override
    public ComposedAnswer handle(ExecutionContext context) {
        if (context.getFailure() instanceof TimeoutException) {
            // the interruption was the timeout's way of abandoning the call: the search must not see it
            Thread.interrupted();
        }
        return languageModel.composeWithoutModel((AnswerRequest) context.getParameters()[0], context.getFailure());
    }
}
