package fr.suresnes.contactcenter.conversation.answer;

/** Something a citizen could act on, as a text states it, normalized so that its spellings compare equal. */
record Fact(FactKind kind, String value) {

    @Override
    public String toString() {
        return kind.absence() + " (" + value + ")";
    }
}
