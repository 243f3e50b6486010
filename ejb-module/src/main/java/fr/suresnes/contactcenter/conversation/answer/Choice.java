package fr.suresnes.contactcenter.conversation.answer;

/** A button offered to the citizen (e.g. « Majeur » / « Mineur »); the payload is sent back as their next message. */
public record Choice(String title, String payload) {
}
