package fr.suresnes.contactcenter.conversation.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Candidates from sibling documents that answer the best passage's topic for different situations (« Pour un
 * majeur » / « Pour un mineur »): the conversation may name one, or the citizen is asked which.
 *
 * @param bestByLabel each situation with its best passage, best first
 */
record SiblingSituations(Map<String, CandidatePassage> bestByLabel) {

    /** The situations of the best passage's group among the candidates (best first), if there are several. */
    static Optional<SiblingSituations> around(List<CandidatePassage> bestFirst) {
        Situation situation = bestFirst.get(0).situation();
        if (situation == null) {
            return Optional.empty();
        }
        Map<String, CandidatePassage> bestByLabel = new LinkedHashMap<>();
        bestFirst.stream()
                .filter(passage -> passage.situation() != null && passage.situation().group().equals(situation.group()))
                .forEach(passage -> bestByLabel.putIfAbsent(passage.situation().label(), passage));
        return bestByLabel.size() > 1 ? Optional.of(new SiblingSituations(bestByLabel)) : Optional.empty();
    }

    List<String> labels() {
        return List.copyOf(bestByLabel.keySet());
    }

    CandidatePassage bestFor(String label) {
        return bestByLabel.get(label);
    }

    Set<Long> documentIds() {
        return bestByLabel.values().stream().map(CandidatePassage::documentId).collect(Collectors.toSet());
    }

    /** Situations whose best passage scores at least this share of the best one: the real alternatives. */
    Map<String, CandidatePassage> scoringAtLeast(double shareOfBest) {
        double cutoff = bestByLabel.values().iterator().next().score() * shareOfBest;
        Map<String, CandidatePassage> close = new LinkedHashMap<>();
        bestByLabel.forEach((label, passage) -> {
            if (passage.score() >= cutoff) {
                close.put(label, passage);
            }
        });
        return close;
    }
}
