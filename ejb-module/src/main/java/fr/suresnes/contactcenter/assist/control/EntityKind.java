package fr.suresnes.contactcenter.assist.control;

/** What an agent looks for in a citizen's messages, with the label the portal shows. */
public enum EntityKind {
    DATE("Date"),
    ADDRESS("Adresse"),
    PHONE("Téléphone"),
    EMAIL("Courriel"),
    CASE_NUMBER("N° de dossier");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
