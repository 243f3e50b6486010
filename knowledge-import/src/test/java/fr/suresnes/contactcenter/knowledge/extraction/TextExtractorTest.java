package fr.suresnes.contactcenter.knowledge.extraction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

class TextExtractorTest {

    static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../demo-corpus"));
    static final TextExtractor cut = new TextExtractor(20_000_000, 2_000_000, Duration.ofSeconds(60));

    @AfterAll
    static void close() {
        cut.close();
    }

    @Test
    void readsTheFoundingDecisionOfTheContactCenter() throws Exception {
        ExtractedText extracted = cut.extract(CORPUS.resolve("suresnes/decision-Dec2023-037.txt"));

        assertTrue(extracted.mediaType().startsWith("text/plain"), extracted.mediaType());
        assertTrue(extracted.text().contains("centre de contacts avec chatbot"), "the decision's own words");
    }

    @Test
    void readsTheTextLayerOfACouncilDeliberationPdf() throws Exception {
        Path pdf;
        try (var files = Files.walk(CORPUS.resolve("montpellier"))) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        ExtractedText extracted = cut.extract(pdf);

        assertEquals("application/pdf", extracted.mediaType());
        assertTrue(extracted.text().length() > 200, "a deliberation has more than a title");
        assertTrue(extracted.text().toLowerCase().contains("montpellier"));
    }

    @Test
    void refusesAnEmptyFileWithAReason(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("vide.pdf"));

        ExtractionFailedException failure = assertThrows(ExtractionFailedException.class, () -> cut.extract(empty));
        assertEquals("fichier vide", failure.getMessage());
    }

    @Test
    void refusesAFileAboveTheSizeLimitBeforeParsingIt(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("gros.txt"), new byte[2048]);
        try (TextExtractor small = new TextExtractor(1024, 1000, Duration.ofSeconds(5))) {
            ExtractionFailedException failure = assertThrows(ExtractionFailedException.class, () -> small.extract(big));
            assertTrue(failure.getMessage().startsWith("fichier trop volumineux"), failure.getMessage());
        }
    }

    @Test
    void refusesAPdfThatIsNotOne(@TempDir Path dir) throws IOException {
        Path broken = Files.write(dir.resolve("casse.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog".getBytes());

        ExtractionFailedException failure = assertThrows(ExtractionFailedException.class, () -> cut.extract(broken));
        assertFalse(failure.getMessage().isBlank());
    }
}
