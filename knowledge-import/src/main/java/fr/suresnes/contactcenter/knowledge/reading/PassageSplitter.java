package fr.suresnes.contactcenter.knowledge.reading;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the paragraphs of one section into passages of at most {@link #MAX_CHARS} characters, at paragraph
 * boundaries first, then at sentence boundaries, and only as a last resort between two words. Every passage keeps
 * the section path and page of the section.
 */
public final class PassageSplitter {

    public static final int MAX_CHARS = 1500;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…;])\\s+");

    private PassageSplitter() {
    }

    public static List<ImportedPassage> split(String sectionPath, Integer page, List<String> paragraphs) {
        List<ImportedPassage> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : paragraphs) {
            for (String piece : pieces(paragraph.strip())) {
                if (!current.isEmpty() && current.length() + 1 + piece.length() > MAX_CHARS) {
                    passages.add(new ImportedPassage(sectionPath, page, current.toString()));
                    current.setLength(0);
                }
                if (current.isEmpty()) {
                    current.append(piece.strip());
                } else {
                    current.append(piece.startsWith(" ") ? piece : "\n" + piece);
                }
            }
        }
        if (!current.isEmpty()) {
            passages.add(new ImportedPassage(sectionPath, page, current.toString()));
        }
        return passages;
    }

    /** The paragraph itself when it fits, else its sentences (continuations start with a space), else word-bounded slices. */
    private static List<String> pieces(String paragraph) {
        List<String> pieces = new ArrayList<>();
        if (paragraph.isEmpty()) {
            return pieces;
        }
        if (paragraph.length() <= MAX_CHARS) {
            pieces.add(paragraph);
            return pieces;
        }
        boolean first = true;
        for (String sentence : SENTENCE_END.split(paragraph)) {
            for (String slice : slices(sentence)) {
                pieces.add(first ? slice : " " + slice);
                first = false;
            }
        }
        return pieces;
    }

    private static List<String> slices(String sentence) {
        List<String> slices = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > MAX_CHARS - 1) {
            int cut = rest.lastIndexOf(' ', MAX_CHARS - 1);
            if (cut <= 0) {
                cut = MAX_CHARS - 1;
            }
            slices.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            slices.add(rest);
        }
        return slices;
    }
}
