package fr.suresnes.contactcenter.conversation.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses what an extractive answer quotes: the unit (sentence or list) of the first passage that holds the most
 * words of the question, then the units that hold the most, counting one word more for those of the first passage
 * (the best match, or the case the citizen named, whose words the question need not repeat), then, while fewer than
 * the minimum are chosen, the units that follow in the first passage. The same text is quoted once. Units are given
 * back in reading order.
 */
final class QuotedUnits {

    private QuotedUnits() {
    }

    /** @return each quoted passage with its quoted units, in the order of the passages and of their text */
    static Map<CandidatePassage, List<String>> choose(List<CandidatePassage> passages, ContentWords question,
                                                      int minUnits, int maxUnits) {
        List<Unit> all = new ArrayList<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            List<String> units = PassageUnits.of(passages.get(rank).text());
            for (int order = 0; order < units.size(); order++) {
                String text = units.get(order);
                all.add(new Unit(rank, order, text, question.foundIn(ContentWords.termsOf(text)) + (rank == 0 ? 1 : 0)));
            }
        }
        Comparator<Unit> mostWordsFirst = Comparator.comparingInt(Unit::relevance).reversed()
                .thenComparingInt(Unit::rank).thenComparingInt(Unit::order);
        List<Unit> chosen = new ArrayList<>();
        all.stream().filter(unit -> unit.rank() == 0).min(mostWordsFirst).ifPresent(chosen::add);
        all.stream().filter(unit -> unit.relevance() > 0).sorted(mostWordsFirst)
                .forEach(unit -> addUnlessQuoted(unit, chosen, maxUnits));
        all.stream().filter(unit -> unit.rank() == 0).forEach(unit -> addUnlessQuoted(unit, chosen, minUnits));

        Map<CandidatePassage, List<String>> quoted = new LinkedHashMap<>();
        chosen.stream().sorted(Comparator.comparingInt(Unit::rank).thenComparingInt(Unit::order))
                .forEach(unit -> quoted.computeIfAbsent(passages.get(unit.rank()), passage -> new ArrayList<>()).add(unit.text()));
        return quoted;
    }

    /** Fiches repeat themselves from one situation to the next: the same words are quoted once. */
    private static void addUnlessQuoted(Unit unit, List<Unit> chosen, int limit) {
        if (chosen.size() < limit && chosen.stream().noneMatch(other -> other.text().equals(unit.text()))) {
            chosen.add(unit);
        }
    }

    /** @param relevance the question words it holds, one more in the first passage */
    private record Unit(int rank, int order, String text, int relevance) {
    }
}
