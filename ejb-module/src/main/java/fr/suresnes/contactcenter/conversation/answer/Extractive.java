package fr.suresnes.contactcenter.conversation.answer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.inject.Qualifier;

/**
 * Marks the offline extractive composer, the one that answers whenever no language model is configured or its
 * answer is not used. The unqualified {@link AnswerComposer} is the configured one, which may put a language model
 * in front of it.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Extractive {
}
