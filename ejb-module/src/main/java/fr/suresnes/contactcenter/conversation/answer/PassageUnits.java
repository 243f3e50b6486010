package fr.suresnes.contactcenter.conversation.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a passage into the units an extractive answer quotes: its sentences, and its lists kept whole (a list of
 * documents to bring is only right complete). Units are quoted as written, only their spaces tidied; text glued
 * together by the extraction of a table (« PasseportJustificatif de domicile ») is left out.
 */
final class PassageUnits {

    private static final String BULLET = "- ";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Ll}\\p{Lu}");

    private PassageUnits() {
    }

    static List<String> of(String text) {
        List<String> units = new ArrayList<>();
        List<String> list = new ArrayList<>();
        for (String rawLine : text.split("\\R")) {
            String line = SPACES.matcher(rawLine).replaceAll(" ").strip();
            if (line.startsWith(BULLET)) {
                list.add(line);
                continue;
            }
            addList(list, units);
            if (!line.isEmpty() && !GLUED_WORDS.matcher(line).find()) {
                for (String sentence : SENTENCE_END.split(line)) {
                    units.add(sentence.strip());
                }
            }
        }
        addList(list, units);
        return units;
    }

    static boolean isList(String unit) {
        return unit.startsWith(BULLET);
    }

    private static void addList(List<String> list, List<String> units) {
        if (!list.isEmpty()) {
            units.add(String.join("\n", list));
            list.clear();
        }
    }
}
