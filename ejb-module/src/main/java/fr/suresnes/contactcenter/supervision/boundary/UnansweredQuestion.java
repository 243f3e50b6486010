package fr.suresnes.contactcenter.supervision.boundary;

/** A question the bot could not answer (it said it was unsure and offered a person), with how often it came. */
public record UnansweredQuestion(String question, long times) {
}
