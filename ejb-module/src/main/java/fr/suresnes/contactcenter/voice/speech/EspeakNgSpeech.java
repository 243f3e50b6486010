package fr.suresnes.contactcenter.voice.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Server-made speech by Debian's {@code espeak-ng} program. Each text runs one process, started from an argument
 * list (no shell), with the text on its standard input, never on its command line; a process still running after
 * the timeout is killed, and at most so many run at once (a text that cannot start within the timeout fails). Texts
 * longer than the limit are cut at a sentence. Thread-safe.
 */
public final class EspeakNgSpeech implements TextToSpeech {

    private static final int MAX_ERROR_CHARS = 300;

    private final Path binary;
    private final String voice;
    private final int wordsPerMinute;
    private final Duration timeout;
    private final int maxChars;
    private final Semaphore processes;

    /**
     * @param binary         the {@code espeak-ng} program
     * @param voice          such as {@code fr}
     * @param wordsPerMinute speech rate, 80 to 450 (espeak-ng speaks 175 by default)
     * @param timeout        how long one text may take
     * @param maxChars       the most characters spoken of one text
     * @param maxProcesses   the most espeak-ng processes running at once
     */
    public EspeakNgSpeech(Path binary, String voice, int wordsPerMinute, Duration timeout, int maxChars,
                          int maxProcesses) {
        if (!voice.matches("[a-zA-Z0-9+_-]+")) {
            throw new IllegalArgumentException("Not an espeak-ng voice name: " + voice);
        }
        if (wordsPerMinute < 80 || wordsPerMinute > 450 || maxChars < 1 || maxProcesses < 1) {
            throw new IllegalArgumentException("rate must be 80 to 450 words a minute, max characters and processes"
                    + " positive: " + wordsPerMinute + ", " + maxChars + ", " + maxProcesses);
        }
        this.binary = binary;
        this.voice = voice;
        this.wordsPerMinute = wordsPerMinute;
        this.timeout = timeout;
        this.maxChars = maxChars;
        this.processes = new Semaphore(maxProcesses, true);
    }

    @Override
    public Speech speak(String text, SpeechFormat format) {
        return new Speech.Audio(audio(text, format));
    }

    /** The WAV file of the text in that format. */
    public byte[] audio(String text, SpeechFormat format) {
        byte[] wav = withProcessSlot(() -> wav(SpokenLength.atMost(text, maxChars)));
        return format.resamples() ? WavResampling.resampled(wav, format.sampleRate()) : wav;
    }

    @Override
    public String toString() {
        return "espeak-ng voice " + voice + " at " + wordsPerMinute + " words a minute";
    }

    private byte[] withProcessSlot(Supplier<byte[]> running) {
        try {
            if (!processes.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SpeechSynthesisException("espeak-ng is busy: no text could start within "
                        + timeout.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechSynthesisException("Interrupted while waiting for espeak-ng", e);
        }
        try {
            return running.get();
        } finally {
            processes.release();
        }
    }

    private byte[] wav(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("Nothing to speak");
        }
        Path work = null;
        Process process = null;
        try {
            work = Files.createTempDirectory("espeak-ng");
            Path wav = work.resolve("speech.wav");
            Path errors = work.resolve("stderr.txt");
            process = new ProcessBuilder(List.of(binary.toString(), "-v", voice, "-s",
                    String.valueOf(wordsPerMinute), "-b", "1", "-w", wav.toString(), "--stdin"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile())
                    .start();
            try (OutputStream input = process.getOutputStream()) {
                input.write(text.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SpeechSynthesisException("espeak-ng did not finish within " + timeout.toMillis() + " ms");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(wav) || Files.size(wav) <= 44) {
                throw new SpeechSynthesisException("espeak-ng failed (exit " + process.exitValue() + "): "
                        + errorsOf(errors));
            }
            return Files.readAllBytes(wav);
        } catch (IOException e) {
            throw new SpeechSynthesisException("espeak-ng could not be run at " + binary + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechSynthesisException("Interrupted while espeak-ng was speaking", e);
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            deleteQuietly(work);
        }
    }

    private static String errorsOf(Path errors) throws IOException {
        String text = Files.isRegularFile(errors) ? Files.readString(errors, StandardCharsets.UTF_8).strip() : "";
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + " …";
    }

    private static void deleteQuietly(Path work) {
        if (work == null) {
            return;
        }
        try (var files = Files.list(work)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(work);
        } catch (IOException e) {
            // a leftover in the temporary folder harms nothing
        }
    }
}
