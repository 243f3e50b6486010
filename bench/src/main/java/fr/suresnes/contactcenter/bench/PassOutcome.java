package fr.suresnes.contactcenter.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How one pass over the corpus files went: how many files, how many refused and why, how long it took. */
record PassOutcome(int files, Map<String, Integer> refusals, Duration elapsed) {

    int refused() {
        return refusals.values().stream().mapToInt(Integer::intValue).sum();
    }

    double filesPerSecond() {
        return files / (elapsed.toNanos() / 1e9);
    }

    /** The pass of median duration (the upper one of an even count). */
    static PassOutcome median(List<PassOutcome> passes) {
        List<PassOutcome> byDuration = passes.stream().sorted(Comparator.comparing(PassOutcome::elapsed)).toList();
        return byDuration.get(byDuration.size() / 2);
    }

    /** « 2 × texte trop long, 1 × fichier vide », or « none ». */
    String refusalSummary() {
        return refusals.isEmpty() ? "none" : refusals.entrySet().stream()
                .map(reason -> reason.getValue() + " × " + reason.getKey()).collect(Collectors.joining(", "));
    }

    /** Counts refusals by reason while a pass runs. */
    static final class Tally {

        private final Map<String, Integer> refusals = new TreeMap<>();
        private final long start = System.nanoTime();
        private int files;

        void read() {
            files++;
        }

        /** Reasons are grouped on their part before any detail (« format illisible : … » → « format illisible »). */
        void refused(String reason) {
            files++;
            String general = reason == null ? "unknown" : reason.split(" [:(—]", 2)[0];
            refusals.merge(general, 1, Integer::sum);
        }

        PassOutcome done() {
            return new PassOutcome(files, Collections.unmodifiableMap(new TreeMap<>(refusals)), Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
