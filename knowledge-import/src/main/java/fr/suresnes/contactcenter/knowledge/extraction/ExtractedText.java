package fr.suresnes.contactcenter.knowledge.extraction;

import java.util.Map;

/** The plain text Tika read from a file, the media type it detected and the metadata it found (title, dates…). */
public record ExtractedText(String text, String mediaType, Map<String, String> metadata) {

    public String title() {
        return metadata.get("dc:title");
    }
}
