package fr.suresnes.contactcenter.knowledge.reading;

import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Files from Apache Tika's own test suite that break parsers: each is read or refused alone, in bounded time. */
class HostileFilesTest {

    static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    static final DocumentReaders readers = new DocumentReaders(5_000_000, 1_000_000, TIME_LIMIT);

    @AfterAll
    static void close() {
        readers.close();
    }

    static Stream<Path> hostileFiles() throws IOException {
        return Files.list(Path.of("src/test/resources/hostile"))
                .filter(file -> !file.getFileName().toString().equals("README.md")).sorted();
    }

    @ParameterizedTest
    @MethodSource("hostileFiles")
    void isReadOrRefusedWithAReasonWithinTheTimeLimit(Path file) {
        assertTimeoutPreemptively(TIME_LIMIT.plusSeconds(5), () -> {
            try {
                ReadDocument document = readers.read(file, "hostile/" + file.getFileName());
                assertFalse(document.passages().isEmpty(), "a document that is read has passages");
                assertTrue(document.passages().stream().allMatch(p -> !p.content().isBlank()
                        && p.content().length() <= PassageSplitter.MAX_CHARS));
            } catch (ExtractionFailedException refused) {
                assertFalse(refused.getMessage().isBlank(), "the administrator reads why");
            }
        });
    }
}
