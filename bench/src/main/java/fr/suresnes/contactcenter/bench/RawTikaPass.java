package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.extraction.TextExtractor;

import java.nio.file.Path;
import java.util.List;

/**
 * The import throughput baseline: plain Tika text extraction of every file ({@link TextExtractor}:
 * AutoDetectParser and BodyContentHandler) within the same limits, no hash, no structure.
 */
final class RawTikaPass {

    private final ImportLimits limits;

    RawTikaPass(ImportLimits limits) {
        this.limits = limits;
    }

    PassOutcome run(List<Path> files) {
        PassOutcome.Tally tally = new PassOutcome.Tally();
        try (TextExtractor extractor = new TextExtractor(limits.maxFileBytes(), limits.maxTextChars(), limits.timeLimit())) {
            for (Path file : files) {
                try {
                    extractor.extract(file);
                    tally.read();
                } catch (ExtractionFailedException e) {
                    tally.refused(e.getMessage());
                }
            }
        }
        return tally.done();
    }
}
