package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures the knowledge base on a real corpus and prints the figures beside baselines computed in the same run:
 * import throughput against plain Tika, re-import of an unchanged corpus against the full import, retrieval quality
 * and search latency against plain Lucene on whole documents, heap and index size, and the bot's answers (sources,
 * answer spans, calibration of its confidence) against the search's top hit. It asserts nothing.
 * <p>
 * Argument: the corpus folder (documents/ and qa/), {@code ../shared/corpus} from the working directory by default.
 */
public final class KnowledgeBenchmark {

    private static final String TARGET_SET = "spf_qa108";
    private static final String FICHES_SET = "spf_question_fiches535";
    private static final double TARGET_HIT_AT_3 = 0.95;
    private static final int MEASURED_PASSES = 3;

    private final CorpusFolder corpus;
    private final ImportLimits limits = ImportLimits.importDefaults();
    private final PrintStream out;
    private double heapAfterImport;

    private KnowledgeBenchmark(CorpusFolder corpus, PrintStream out) {
        this.corpus = corpus;
        this.out = out;
    }

    public static void main(String[] args) {
        CorpusFolder corpus;
        try {
            corpus = CorpusFolder.at(args.length > 0 ? Path.of(args[0]) : CorpusFolder.DEFAULT);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new KnowledgeBenchmark(corpus, System.out).run();
    }

    private void run() {
        printEnvironment();
        List<Path> files = corpus.documentFiles();
        try (TemporaryFolder folder = new TemporaryFolder();
             SearchEngines engines = SearchEngines.build(folder, importCorpus(files))) {
            double heapWithIndexes = HeapUsage.usedMegabytesAfterGc();
            List<QuestionSet> sets = questionSets();
            printQuality(engines, sets);
            printLatencies(engines, sets);
            out.printf(Locale.ROOT, "%n5. Memory and index%n");
            out.printf(Locale.ROOT, "   heap used after GC: %.0f MB after the import (documents held), %.0f MB with both indexes open"
                    + " (documents released, passage texts kept for the answers)%n", heapAfterImport, heapWithIndexes);
            out.printf(Locale.ROOT, "   passage index   %d passages of %d documents, %.1f MB on disk, built in %.1f s%n",
                    engines.passages().passageCount(), engines.titles().size(), folder.megabytes(SearchEngines.PASSAGE_INDEX),
                    engines.passageIndexing().toMillis() / 1000.0);
            out.printf(Locale.ROOT, "   baseline index  %d documents, %.1f MB on disk%n",
                    engines.titles().size(), folder.megabytes(SearchEngines.BASELINE_INDEX));
            printAnswers(engines, sets);
        }
    }

    private void printAnswers(SearchEngines engines, List<QuestionSet> sets) {
        List<TurnSet> turnSets = new ArrayList<>(sets.stream().map(TurnSet::openings).toList());
        turnSets.add(FollowUpQuestions.all());
        new AnswerReport(out, engines).print(turnSets, Set.of(TARGET_SET, FICHES_SET),
                Set.of(ColloquialQuestions.NAME, FollowUpQuestions.NAME), TARGET_SET);
    }

    private void printEnvironment() {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "Knowledge benchmark — %s%n", ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.printf(Locale.ROOT, "Java %s (%s), %s %s, %d cores, max heap %d MB%n", Runtime.version(),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024));
        out.printf(Locale.ROOT, "Corpus %s%n", corpus.root());
    }

    /** Sections 1 and 2; returns the documents of the last full import. */
    private List<ReadDocument> importCorpus(List<Path> files) {
        ImportPass importPass = new ImportPass(corpus, limits);
        RawTikaPass rawTika = new RawTikaPass(limits);
        importPass.run(files);
        rawTika.run(files);
        List<PassOutcome> fullImports = new ArrayList<>();
        List<PassOutcome> rawParsings = new ArrayList<>();
        ImportPass.ImportedCorpus imported = null;
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            imported = importPass.run(files);
            fullImports.add(imported.outcome());
            rawParsings.add(rawTika.run(files));
        }
        UnchangedCorpusPass unchangedCorpus = new UnchangedCorpusPass(imported.hashes());
        List<PassOutcome> reimports = new ArrayList<>();
        UnchangedCorpusPass.Outcome reimport = null;
        for (int pass = 0; pass < MEASURED_PASSES; pass++) {
            reimport = unchangedCorpus.run(files);
            reimports.add(reimport.pass());
        }
        PassOutcome fullImport = PassOutcome.median(fullImports);
        PassOutcome rawParsing = PassOutcome.median(rawParsings);
        PassOutcome unchangedReimport = PassOutcome.median(reimports);

        out.printf(Locale.ROOT, "%n1. Import throughput — %d files, limits %s; median of %d passes after one warm-up pass of each%n",
                files.size(), limits, MEASURED_PASSES);
        printPass("DocumentReaders + SHA-256", fullImport);
        printPass("raw Tika (AutoDetectParser)", rawParsing);
        out.printf(Locale.ROOT, "   ratio %.2f (target ≥ 0.70)%n", fullImport.filesPerSecond() / rawParsing.filesPerSecond());

        out.printf(Locale.ROOT, "%n2. Re-import of the unchanged corpus (hash + lookup, nothing read; median of %d passes)%n", MEASURED_PASSES);
        out.printf(Locale.ROOT, "   %d/%d files unchanged in %.3f s = %.1f %% of the full import (target ≤ 5 %%)%n",
                reimport.unchanged(), files.size(), seconds(unchangedReimport),
                100.0 * unchangedReimport.elapsed().toNanos() / fullImport.elapsed().toNanos());
        heapAfterImport = HeapUsage.usedMegabytesAfterGc();
        return imported.documents();
    }

    private void printPass(String label, PassOutcome pass) {
        out.printf(Locale.ROOT, "   %-28s %6.1f files/s  %5.1f s  read %d, refused %d: %s%n", label, pass.filesPerSecond(),
                seconds(pass), pass.files() - pass.refused(), pass.refused(), pass.refusalSummary());
    }

    private List<QuestionSet> questionSets() {
        QuestionSet qa108 = QuestionFiles.read(corpus.questionFile(TARGET_SET + ".jsonl"));
        QuestionSet fiches535 = QuestionFiles.read(corpus.questionFile(FICHES_SET + ".jsonl"));
        List<QuestionSet> sets = new ArrayList<>(List.of(qa108, fiches535));
        for (QuestionSet set : List.of(qa108, fiches535)) {
            sets.add(set.rewritten("no accents", QuestionRewrites::withoutAccents));
            sets.add(set.rewritten("lower no punct", QuestionRewrites::lowerCaseWithoutPunctuation));
            sets.add(set.rewritten("keywords", KeywordForm::of));
            sets.add(set.rewritten("typo", QuestionRewrites::misspelled));
        }
        sets.add(ColloquialQuestions.all());
        return sets;
    }

    private void printQuality(SearchEngines engines, List<QuestionSet> sets) {
        out.printf(Locale.ROOT, "%n3. Retrieval quality, one hit per document, by fiche ID — search | baseline (StandardAnalyzer, BM25, whole documents)%n");
        out.printf(Locale.ROOT, "   %-40s %4s  %-13s  %-13s  %-13s%n", "question set", "n", "hit@1", "hit@3", "MRR@10");
        Map<String, RetrievalScores> searchScores = new HashMap<>();
        for (QuestionSet set : sets) {
            RetrievalScores search = RetrievalScores.of(engines.passages(), set);
            RetrievalScores baseline = RetrievalScores.of(engines.baseline(), set);
            searchScores.put(set.name(), search);
            out.printf(Locale.ROOT, "   %-40s %4d  %.3f | %.3f  %.3f | %.3f  %.3f | %.3f%n", set.name(), set.questions().size(),
                    search.hitAt1(), baseline.hitAt1(), search.hitAt3(), baseline.hitAt3(),
                    search.meanReciprocalRank(), baseline.meanReciprocalRank());
        }
        long unanswerable = sets.stream().flatMap(set -> set.questions().stream())
                .filter(question -> question.answeringIds().stream().noneMatch(engines::isIndexed)).count();
        out.printf(Locale.ROOT, "   questions whose answering fiches are all missing from the index: %d%n", unanswerable);
        double targetHitAt3 = searchScores.get(TARGET_SET).hitAt3();
        out.printf(Locale.ROOT, "   target hit@3 ≥ %.2f on %s: %s (%.3f)%n", TARGET_HIT_AT_3, TARGET_SET,
                targetHitAt3 >= TARGET_HIT_AT_3 ? "met" : "NOT MET", targetHitAt3);
        for (String explained : List.of(TARGET_SET, ColloquialQuestions.NAME)) {
            printMisses(engines, explained, searchScores.get(explained));
        }
    }

    private void printMisses(SearchEngines engines, String setName, RetrievalScores scores) {
        out.printf(Locale.ROOT, "   %s — answer not in the search's top 3: %d%n", setName, scores.missesInTop3().size());
        for (RetrievalScores.Miss miss : scores.missesInTop3()) {
            String expected = miss.question().answeringIds().stream().sorted()
                    .map(id -> id + " « " + engines.titleOf(id) + " »").collect(Collectors.joining(" or "));
            String top = miss.top3().stream().map(id -> id + " « " + engines.titleOf(id) + " »").collect(Collectors.joining(", "));
            out.printf(Locale.ROOT, "     %s « %s »%n       expected %s%n       got %s%n",
                    miss.rank() == 0 ? "not in top 10" : "rank " + miss.rank(), miss.question().text(), expected, top);
        }
    }

    private void printLatencies(SearchEngines engines, List<QuestionSet> sets) {
        List<String> questions = sets.stream().flatMap(set -> set.questions().stream()).map(LabelledQuestion::text).toList();
        SearchLatencies.measure(engines.passages(), questions);
        SearchLatencies.measure(engines.baseline(), questions);
        Latencies search = SearchLatencies.measure(engines.passages(), questions);
        Latencies baseline = SearchLatencies.measure(engines.baseline(), questions);
        out.printf(Locale.ROOT, "%n4. Search latency — %d queries one after the other, top %d, after one warm-up pass (ms)%n",
                search.count(), RetrievalScores.DEPTH);
        out.printf(Locale.ROOT, "   %-44s %7s %7s %7s %7s%n", "", "p50", "p95", "p99", "max");
        printLatency("search (per document, with excerpts)", search);
        printLatency("baseline (whole documents, IDs only)", baseline);
    }

    private void printLatency(String label, Latencies latencies) {
        out.printf(Locale.ROOT, "   %-44s %7.2f %7.2f %7.2f %7.2f%n", label, latencies.percentileMillis(50),
                latencies.percentileMillis(95), latencies.percentileMillis(99), latencies.maxMillis());
    }

    private static double seconds(PassOutcome pass) {
        return pass.elapsed().toNanos() / 1e9;
    }
}
