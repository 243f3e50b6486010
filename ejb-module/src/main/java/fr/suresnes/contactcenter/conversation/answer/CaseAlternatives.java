package fr.suresnes.contactcenter.conversation.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Passages of one fiche that answer the same question for different situations: their section paths part at one
 * level into « Cas : … » segments (« Cas : Entre 0 et 12 ans » / « Cas : À partir de 13 ans »), or into situations
 * that continue with the same chapters (« Demande en France > Coût » / « À l'étranger > Coût »).
 *
 * @param level   the depth at which the paths part
 * @param byLabel each alternative segment with its passages, best first
 */
record CaseAlternatives(int level, Map<String, List<CandidatePassage>> byLabel) {

    /** The alternatives among the passages, unless they do not part or say the same whatever the case. */
    static Optional<CaseAlternatives> among(List<CandidatePassage> passages) {
        if (passages.size() < 2) {
            return Optional.empty();
        }
        int level = commonDepth(passages);
        Map<String, List<CandidatePassage>> byLabel = new LinkedHashMap<>();
        for (CandidatePassage passage : passages) {
            SectionPath path = SectionPath.of(passage);
            if (path.length() > level) {
                byLabel.computeIfAbsent(path.segment(level), label -> new ArrayList<>()).add(passage);
            }
        }
        boolean alternatives = byLabel.size() > 1
                && (byLabel.keySet().stream().allMatch(SectionPath::isCase) || continueAlike(byLabel, level))
                && saySomethingDifferent(byLabel);
        return alternatives ? Optional.of(new CaseAlternatives(level, byLabel)) : Optional.empty();
    }

    List<String> segments() {
        return List.copyOf(byLabel.keySet());
    }

    /**
     * The passages that hold for the chosen case: those under it first, then those above the level where cases part
     * and those elsewhere in the fiche, each group best first.
     */
    List<CandidatePassage> keep(String segment, List<CandidatePassage> passages) {
        List<CandidatePassage> underCase = new ArrayList<>();
        List<CandidatePassage> general = new ArrayList<>();
        for (CandidatePassage passage : passages) {
            SectionPath path = SectionPath.of(passage);
            if (path.length() > level && sharesPrefix(path)) {
                if (path.segment(level).equals(segment)) {
                    underCase.add(passage);
                }
            } else {
                general.add(passage);
            }
        }
        underCase.addAll(general);
        return underCase;
    }

    private boolean sharesPrefix(SectionPath path) {
        SectionPath reference = SectionPath.of(byLabel.values().iterator().next().get(0));
        return path.length() >= level && path.segments().subList(0, level).equals(reference.segments().subList(0, level));
    }

    private static int commonDepth(List<CandidatePassage> passages) {
        List<String> common = SectionPath.of(passages.get(0)).segments();
        for (CandidatePassage passage : passages) {
            List<String> segments = SectionPath.of(passage).segments();
            int depth = 0;
            while (depth < common.size() && depth < segments.size() && common.get(depth).equals(segments.get(depth))) {
                depth++;
            }
            common = common.subList(0, depth);
        }
        return common.size();
    }

    /** Every alternative goes on with at least one chapter that the others also have. */
    private static boolean continueAlike(Map<String, List<CandidatePassage>> byLabel, int level) {
        Set<String> shared = null;
        for (List<CandidatePassage> group : byLabel.values()) {
            Set<String> next = new HashSet<>();
            for (CandidatePassage passage : group) {
                SectionPath path = SectionPath.of(passage);
                if (path.length() > level + 1) {
                    next.add(path.segment(level + 1));
                }
            }
            if (shared == null) {
                shared = next;
            } else {
                shared.retainAll(next);
            }
        }
        return shared != null && !shared.isEmpty();
    }

    private static boolean saySomethingDifferent(Map<String, List<CandidatePassage>> byLabel) {
        return byLabel.values().stream()
                .map(group -> group.stream().map(CandidatePassage::text).map(String::strip).toList())
                .distinct().count() > 1;
    }
}
