package fr.suresnes.contactcenter.assist.control;

/** A date, an address, a phone number, an e-mail or a case number, as the citizen wrote it. */
public record FoundEntity(EntityKind kind, String text) {
}
