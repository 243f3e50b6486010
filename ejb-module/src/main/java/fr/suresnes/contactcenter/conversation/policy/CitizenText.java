package fr.suresnes.contactcenter.conversation.policy;

import fr.suresnes.contactcenter.conversation.text.Folding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A citizen's message as the policy's patterns read it: folded (no accents, lower case, no punctuation), SMS
 * spellings written out (« jveux parler a qqn » reads « je veux parler a quelqu un ») and one-letter typos in the
 * words the policy listens for corrected (« conseiler » reads « conseiller »).
 */
final class CitizenText {

    private static final String ABBREVIATIONS = "abreviations-sms.txt";
    private static final String COMMON_WORDS = "mots-courants.txt";
    private static final int MIN_CORRECTED_LENGTH = 5;

    private static final Map<String, String> EXPANSIONS = loadExpansions();
    private static final Set<String> LISTENED_WORDS = loadListenedWords();

    private CitizenText() {
    }

    static String normalize(String message) {
        List<String> words = new ArrayList<>();
        for (String word : Folding.words(message)) {
            words.add(EXPANSIONS.getOrDefault(word, corrected(word)));
        }
        return String.join(" ", words);
    }

    private static String corrected(String word) {
        if (word.length() < MIN_CORRECTED_LENGTH || LISTENED_WORDS.contains(word)) {
            return word;
        }
        for (String listened : LISTENED_WORDS) {
            if (oneEditApart(word, listened)) {
                return listened;
            }
        }
        return word;
    }

    /** True when one insertion, deletion, substitution or swap of two neighbouring letters turns a into b. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(start + 1);
            String restB = b.substring(start + 1);
            boolean substitution = restA.equals(restB);
            boolean swap = start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1)
                    && a.charAt(start + 1) == b.charAt(start) && a.substring(start + 2).equals(b.substring(start + 2));
            return substitution || swap;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(start + 1).equals(shorter.substring(start));
    }

    private static Map<String, String> loadExpansions() {
        Map<String, String> expansions = new HashMap<>();
        readLines(ABBREVIATIONS, line -> {
            String[] parts = line.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("Invalid line in " + ABBREVIATIONS + ": " + line);
            }
            expansions.put(parts[0].trim(), parts[1].trim());
        });
        return Map.copyOf(expansions);
    }

    private static Set<String> loadListenedWords() {
        Set<String> words = new LinkedHashSet<>();
        readLines(COMMON_WORDS, words::add);
        return words;
    }

    private static void readLines(String resource, Consumer<String> onLine) {
        try (InputStream in = CitizenText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    onLine.accept(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
