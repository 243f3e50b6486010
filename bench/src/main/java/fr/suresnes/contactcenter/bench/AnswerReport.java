package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.conversation.answer.ExtractiveComposer;
import fr.suresnes.contactcenter.conversation.boundary.Assistant;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Section 6 of the knowledge benchmark: the bot's replies to every labelled turn, offline ({@link OfflineAssistant}),
 * beside the baseline that takes the search's top document as the answer and its best passage as the answer's text
 * (searching the citizen's messages joined, since it has no dialog policy).
 */
final class AnswerReport {

    private static final int MAX_LISTED = 15;
    private static final double CONFIDENTLY = 0.75;

    private final PrintStream out;
    private final SearchEngines engines;
    private final OfflineAssistant assistant;
    private final List<Long> turnNanos = new ArrayList<>();

    AnswerReport(PrintStream out, SearchEngines engines) {
        this.out = out;
        this.engines = engines;
        this.assistant = new OfflineAssistant(engines.passages());
    }

    /**
     * @param original  the sets as published, pooled apart in the reliability table
     * @param explained the sets whose turns are listed one by one
     * @param span      the set whose wrong answers are listed
     */
    void print(List<TurnSet> sets, Set<String> original, Set<String> explained, String span) {
        List<AnswerScores> scores = sets.stream().map(this::judge).toList();
        out.printf(Locale.ROOT, "%n6. Bot answers, offline: DialogPolicy → search (%d passages, several per document) → ExtractiveComposer"
                + " (BM25 calibration, no language model)%n", Assistant.CANDIDATE_PASSAGES);
        out.printf(Locale.ROOT, "   baseline: the search's top document taken as the answer, its best passage as the answer's text%n");
        printOutcomes(scores);
        printSpans(scores);
        printReliability(scores, original);
        printTurnTime();
        for (AnswerScores set : scores) {
            if (explained.contains(set.name())) {
                printTurns(set);
            }
            if (set.name().equals(span)) {
                printWrongAnswers(set);
            }
        }
    }

    private AnswerScores judge(TurnSet set) {
        AnswerScores scores = new AnswerScores(set.name());
        for (LabelledTurn turn : set.turns()) {
            long start = System.nanoTime();
            BotOutcome bot = assistant.hear(turn);
            turnNanos.add(System.nanoTime() - start);
            scores.add(turn, bot, engines.passages().bestPassage(turn.allCitizenText()));
        }
        return scores;
    }

    private void printTurnTime() {
        Latencies latencies = Latencies.of(turnNanos.stream().mapToLong(Long::longValue).toArray());
        out.printf(Locale.ROOT, "%n   Engine time per turn, in process, one turn at a time (policy, search, composer; no database, no HTTP):"
                + " p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d turns (the first ones warm the JVM up)%n",
                latencies.percentileMillis(50), latencies.percentileMillis(99), latencies.maxMillis(), latencies.count());
    }

    private void printOutcomes(List<AnswerScores> scores) {
        out.printf(Locale.ROOT, "   %-40s %4s  %8s %8s %9s %6s  %-15s %9s  %s%n", "question set", "n", "answered", "not sure",
                "situation", "other", "cites | top doc", "precision", "confidence right / wrong");
        for (AnswerScores set : scores) {
            Map<BotOutcome.Kind, Double> kinds = set.kindShares();
            out.printf(Locale.ROOT, "   %-40s %4d  %8.3f %8.3f %9.3f %6.3f  %.3f | %.3f %9.3f  %.2f / %.2f%n", set.name(), set.count(),
                    kinds.get(BotOutcome.Kind.ANSWERED), kinds.get(BotOutcome.Kind.NOT_SURE),
                    kinds.get(BotOutcome.Kind.ASKED_SITUATION), kinds.get(BotOutcome.Kind.NOT_A_QUESTION),
                    set.citesFicheShare(), set.baselineTopDocumentShare(), set.answeredPrecision(),
                    set.meanConfidence(true), set.meanConfidence(false));
        }
        out.printf(Locale.ROOT, "   answered: quoted passages; not sure: closest documents listed and a person offered; situation: buttons"
                + " asking the citizen's case; other: the policy handed over or chatted.%n"
                + "   cites: answered or situation turns citing a labelled fiche, of all n | baseline: top document is a labelled fiche."
                + "%n   precision: of the answered, those citing a labelled fiche. Confidence: mean over the knowledge turns whose"
                + " best passage's document is (right) or is not (wrong) a labelled fiche.%n");
    }

    private void printSpans(List<AnswerScores> scores) {
        out.printf(Locale.ROOT, "%n   Annotated answer span found in the reply (words compared: case, accents, punctuation and spacing"
                + " ignored) — bot | baseline (best passage, whole)%n");
        out.printf(Locale.ROOT, "   %-40s %4s  %-13s  %-13s  %-8s%n", "question set", "n", "exact", "≥ 75 % words", "exact when answered");
        for (AnswerScores set : scores) {
            AnswerScores.SpanScores spans = set.spans();
            if (spans.count() > 0) {
                out.printf(Locale.ROOT, "   %-40s %4d  %.3f | %.3f  %.3f | %.3f  %.3f%n", set.name(), spans.count(), spans.exact(),
                        spans.baselineExact(), spans.mostly(), spans.baselineMostly(), spans.exactWhenAnswered());
            }
        }
        out.printf(Locale.ROOT, "   n: questions whose annotated span is in the corpus' (2020-11) version of the fiche. The bot quotes"
                + " 2 to 4 sentences, the baseline a whole passage.%n");
    }

    private void printReliability(List<AnswerScores> scores, Set<String> original) {
        ReliabilityTable published = new ReliabilityTable();
        ReliabilityTable all = new ReliabilityTable();
        for (AnswerScores set : scores) {
            set.addTo(all);
            if (original.contains(set.name())) {
                set.addTo(published);
            }
        }
        out.printf(Locale.ROOT, "%n   Reliability of the confidence (right: the best passage's document is a labelled fiche), knowledge turns"
                + " — sets as published (%d) | every set (%d)%n", published.count(), all.count());
        out.printf(Locale.ROOT, "   %-12s  %-13s  %-11s  %-11s%n", "confidence", "count", "mean", "share right");
        List<ReliabilityTable.Bucket> left = published.buckets();
        List<ReliabilityTable.Bucket> right = all.buckets();
        for (int i = 0; i < left.size(); i++) {
            ReliabilityTable.Bucket a = left.get(i);
            ReliabilityTable.Bucket b = right.get(i);
            out.printf(Locale.ROOT, "   [%.2f, %.2f%s  %5d | %5d  %s | %s  %s | %s%s%n", a.lower(), a.upper(),
                    i == left.size() - 1 ? "]" : "[", a.count(), b.count(), twoDecimals(a.meanConfidence()),
                    twoDecimals(b.meanConfidence()), twoDecimals(a.shareRight()), twoDecimals(b.shareRight()),
                    a.lower() == ExtractiveComposer.DEFAULT_THRESHOLD ? "   ← answers from here on (threshold)" : "");
        }
        out.printf(Locale.ROOT, "   expected calibration error %.3f | %.3f%n", published.expectedCalibrationError(), all.expectedCalibrationError());
    }

    private static String twoDecimals(double value) {
        return Double.isNaN(value) ? "  — " : String.format(Locale.ROOT, "%.2f", value);
    }

    private void printTurns(AnswerScores set) {
        out.printf(Locale.ROOT, "%n   %s, turn by turn (✓ cites a labelled fiche):%n", set.name());
        for (AnswerScores.Judged turn : set.judged()) {
            String asked = turn.turn().earlierTurns().stream().map(text -> "« " + text + " » → ").collect(Collectors.joining())
                    + "« " + turn.turn().question().text() + " »";
            out.printf(Locale.ROOT, "     %s %s%n       %s%n", turn.cites() ? "✓" : "✗", asked, describe(turn));
        }
    }

    private void printWrongAnswers(AnswerScores set) {
        List<AnswerScores.Judged> wrong = new ArrayList<>(set.judged().stream()
                .filter(turn -> turn.bot().kind() == BotOutcome.Kind.ANSWERED && !turn.cites()).toList());
        wrong.sort(Comparator.comparingDouble((AnswerScores.Judged turn) -> turn.bot().confidence()).reversed());
        long confident = wrong.stream().filter(turn -> turn.bot().confidence() >= CONFIDENTLY).count();
        out.printf(Locale.ROOT, "%n   %s — answers not citing the labelled fiche: %d (%d with confidence ≥ %.2f), most confident first%n",
                set.name(), wrong.size(), confident, CONFIDENTLY);
        for (AnswerScores.Judged turn : wrong.subList(0, Math.min(MAX_LISTED, wrong.size()))) {
            out.printf(Locale.ROOT, "     « %s »%n       expected %s%n       %s%n", turn.turn().question().text(),
                    titled(turn.turn().question().answeringIds()), describe(turn));
        }
    }

    private String describe(AnswerScores.Judged turn) {
        BotOutcome bot = turn.bot();
        if (!bot.isKnowledgeAnswer()) {
            return "other: " + bot.text();
        }
        return String.format(Locale.ROOT, "%s, confidence %.2f, from %s", bot.kind().label, bot.confidence(),
                titled(List.of(bot.reliedOn())));
    }

    private String titled(Collection<String> sourceIds) {
        return sourceIds.stream().sorted().map(id -> id + " « " + engines.titleOf(id) + " »").collect(Collectors.joining(" or "));
    }
}
