package fr.suresnes.contactcenter.knowledge.importing;

import java.text.Normalizer;

/** The name an uploaded file is stored under: its last path segment, letters, digits, dots, dashes and spaces only. */
final class UploadedFileName {

    private static final int MAX_LENGTH = 150;

    private UploadedFileName() {
    }

    static String of(String submitted) {
        String last = submitted.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String cleaned = Normalizer.normalize(last, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N}._ -]", "_")
                .replaceAll("^[.]+", "")
                .strip();
        return cleaned.length() <= MAX_LENGTH ? cleaned : cleaned.substring(cleaned.length() - MAX_LENGTH);
    }
}
