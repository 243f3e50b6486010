package fr.suresnes.contactcenter.conversation.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a language model's answer keeps to the numbered passages it was given: it must cite at least one of them
 * by its number, such as [1] or [1, 3], cite no other number, and state no number, amount, delay, date, hour, phone
 * number, e-mail address or link that the passages it cites do not contain. Whatever it cannot check is taken as
 * invented: a rejected answer costs an extractive answer, an invented deadline costs a citizen.
 */
final class GroundingCheck {

    static final Pattern CITATION = Pattern.compile("\\[\\s*(\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*)\\s*]");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*\\d+[.)]\\s");

    private GroundingCheck() {
    }

    /** @param numbered the passages as numbered in the prompt: [1] is the first */
    static Grounding check(String answer, List<CandidatePassage> numbered) {
        if (answer == null || answer.isBlank()) {
            return Grounding.rejected("réponse vide");
        }
        Set<Integer> numbers = citedNumbers(answer);
        if (numbers.isEmpty()) {
            return Grounding.rejected("aucune source citée");
        }
        List<CandidatePassage> cited = new ArrayList<>();
        Set<Fact> supported = new HashSet<>();
        for (int number : numbers) {
            if (number < 1 || number > numbered.size()) {
                return Grounding.rejected("source [" + number + "] inexistante");
            }
            CandidatePassage passage = numbered.get(number - 1);
            cited.add(passage);
            supported.addAll(Facts.supportedBy(sourceText(passage)));
        }
        String prose = LIST_MARKER.matcher(CITATION.matcher(answer).replaceAll(" ")).replaceAll(" ");
        for (Fact fact : Facts.statedIn(prose)) {
            if (!supported.contains(fact)) {
                return Grounding.rejected(fact.toString());
            }
        }
        return Grounding.accepted(cited);
    }

    private static Set<Integer> citedNumbers(String answer) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher citation = CITATION.matcher(answer);
        while (citation.find()) {
            for (String number : citation.group(1).split("\\s*[,;]\\s*")) {
                numbers.add(Integer.parseInt(number));
            }
        }
        return numbers;
    }

    private static String sourceText(CandidatePassage passage) {
        return String.join("\n", nonNull(passage.title()), nonNull(passage.section()), nonNull(passage.text()),
                nonNull(passage.url()));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
