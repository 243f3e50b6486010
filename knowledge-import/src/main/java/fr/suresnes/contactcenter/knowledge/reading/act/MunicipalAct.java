package fr.suresnes.contactcenter.knowledge.reading.act;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A municipal act recognised in a text: its kind (délibération, décision, arrêté), its number, its date and its
 * subject, each possibly unknown (null) except the kind.
 */
public record MunicipalAct(Kind kind, String number, LocalDate date, String subject) {

    public enum Kind {
        DELIBERATION("délibération"), DECISION("décision"), ARRETE("arrêté");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** {@code act.kind}, {@code act.number} and {@code act.date} (ISO), those that are known. */
    public Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("act.kind", kind.label());
        if (number != null) {
            metadata.put("act.number", number);
        }
        if (date != null) {
            metadata.put("act.date", date.toString());
        }
        return metadata;
    }

    /** « Décision n° Dec2023-037 — Demande de subvention… », when the number is known. */
    public Optional<String> title() {
        if (number == null) {
            return Optional.empty();
        }
        String label = Character.toUpperCase(kind.label().charAt(0)) + kind.label().substring(1) + " n° " + number;
        return Optional.of(subject == null ? label : label + " — " + subject);
    }
}
