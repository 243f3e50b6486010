package fr.suresnes.contactcenter.conversation.answer;

import java.util.Arrays;
import java.util.List;

/** The section path of a passage: « Demande en France > Coût » has the segments « Demande en France », « Coût ». */
record SectionPath(List<String> segments) {

    static final String CASE_PREFIX = "Cas : ";
    private static final String SEPARATOR = " > ";

    static SectionPath of(CandidatePassage passage) {
        String section = passage.section() == null ? "" : passage.section().strip();
        return new SectionPath(section.isEmpty() ? List.of() : Arrays.asList(section.split(SEPARATOR)));
    }

    int length() {
        return segments.size();
    }

    String segment(int level) {
        return segments.get(level);
    }

    /** The last segment as a citizen reads it: « Entre 0 et 12 ans » for « … > Cas : Entre 0 et 12 ans ». */
    String leaf() {
        return segments.isEmpty() ? "" : label(segments.get(segments.size() - 1));
    }

    static boolean isCase(String segment) {
        return segment.startsWith(CASE_PREFIX);
    }

    static String label(String segment) {
        return isCase(segment) ? segment.substring(CASE_PREFIX.length()) : segment;
    }
}
