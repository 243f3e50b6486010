package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.reading.DocumentReaders;
import fr.suresnes.contactcenter.voice.speech.EspeakNgSpeech;
import fr.suresnes.contactcenter.voice.speech.SpeechFormat;
import fr.suresnes.contactcenter.voice.spoken.SpokenFigures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The server's speech on answers of the demo corpus: passages of the service-public.fr fiches written for the ear,
 * spoken by the product's espeak-ng engine as 8 kHz telephone WAV, beside espeak-ng alone writing its own 22,050 Hz
 * WAV for the same texts in the same run (the baseline: what the wrapper, the pipe and the resampling add). One
 * warm-up pass, then three measured passes of each, alternating; medians. Prints figures, asserts nothing.
 *
 * <p>{@code SpeechBenchmark [demo corpus folder] [espeak-ng program]}
 */
public final class SpeechBenchmark {

    private static final int TEXTS = 24;
    private static final int PASSES = 3;
    private static final int TELEPHONE_BYTES_PER_SECOND = 8000 * 2;

    private SpeechBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "demo-corpus");
        Path espeak = Path.of(args.length > 1 ? args[1] : "/usr/bin/espeak-ng");
        List<String> passages = passages(corpus.resolve("service-public"));
        EspeakNgSpeech engine = new EspeakNgSpeech(espeak, "fr", 160, Duration.ofSeconds(60), 2000, 1);

        List<Long> renderings = new ArrayList<>();
        List<String> texts = List.of();
        for (int pass = 0; pass <= PASSES; pass++) {
            long start = System.nanoTime();
            texts = passages.stream().map(SpokenFigures::spoken).toList();
            renderings.add(System.nanoTime() - start);
        }
        double renderMicros = median(renderings.subList(1, renderings.size())) / 1000.0 / texts.size();

        List<Long> product = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        long audioBytes = 0;
        long[] lastLatencies = new long[texts.size()];
        for (int pass = 0; pass <= PASSES; pass++) {
            long productNanos = 0;
            long baselineNanos = 0;
            audioBytes = 0;
            for (int i = 0; i < texts.size(); i++) {
                long start = System.nanoTime();
                audioBytes += engine.audio(texts.get(i), SpeechFormat.TELEPHONE).length - 44;
                long productTurn = System.nanoTime() - start;
                lastLatencies[i] = productTurn;
                productNanos += productTurn;
                start = System.nanoTime();
                espeakAlone(espeak, texts.get(i));
                baselineNanos += System.nanoTime() - start;
            }
            if (pass > 0) {
                product.add(productNanos);
                baseline.add(baselineNanos);
            }
        }
        double audioSeconds = (double) audioBytes / TELEPHONE_BYTES_PER_SECOND;
        double productSeconds = median(product) / 1e9;
        double baselineSeconds = median(baseline) / 1e9;
        long[] sorted = lastLatencies.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "Speech of %d passages written for the ear (%.0f s of audio, %d characters on average)%n",
                texts.size(), audioSeconds, texts.stream().mapToInt(String::length).sum() / texts.size());
        System.out.printf(Locale.ROOT, "  product, 8 kHz telephone WAV   : %.2f s in all, %.1f x real time, per answer p50 %d ms, max %d ms%n",
                productSeconds, audioSeconds / productSeconds, sorted[sorted.length / 2] / 1_000_000,
                sorted[sorted.length - 1] / 1_000_000);
        System.out.printf(Locale.ROOT, "  baseline, espeak-ng alone      : %.2f s in all, %.1f x real time%n",
                baselineSeconds, audioSeconds / baselineSeconds);
        System.out.printf(Locale.ROOT, "  ratio product / baseline       : %.2f%n", productSeconds / baselineSeconds);
        System.out.printf(Locale.ROOT, "  writing figures for the ear    : %.0f µs per passage, %.4f of its synthesis%n",
                renderMicros, renderMicros / 1e6 / (productSeconds / texts.size()));
    }

    /** the first passage of each fiche that has the length of a spoken answer */
    private static List<String> passages(Path fiches) throws Exception {
        List<String> texts = new ArrayList<>();
        try (DocumentReaders readers = new DocumentReaders(50L << 20, 5_000_000, Duration.ofSeconds(60));
             Stream<Path> files = Files.list(fiches)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".xml")).sorted().toList()) {
                try {
                    readers.read(file, file.getFileName().toString()).passages().stream().map(ImportedPassage::content)
                            .filter(text -> text.length() >= 150 && text.length() <= 600).findFirst()
                            .ifPresent(texts::add);
                } catch (ExtractionFailedException noText) {
                    // a guided search or a folder of fiches holds no passage to speak
                }
                if (texts.size() == TEXTS) {
                    break;
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("No fiche passage in " + fiches);
        }
        return texts;
    }

    private static void espeakAlone(Path espeak, String text) {
        try {
            Process process = new ProcessBuilder(espeak.toString(), "-v", "fr", "-s", "160", "--stdout")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream out = process.getInputStream()) {
                out.readAllBytes();
            }
            process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
