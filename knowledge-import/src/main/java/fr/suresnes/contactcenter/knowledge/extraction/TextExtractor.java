package fr.suresnes.contactcenter.knowledge.extraction;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the text of any format Tika knows, within the limits of {@link BoundedParsing}; text beyond the length
 * limit is refused.
 */
public class TextExtractor implements AutoCloseable {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final BoundedParsing bounded;

    public TextExtractor(long maxFileBytes, int maxTextChars, Duration timeLimit) {
        this.bounded = new BoundedParsing(maxFileBytes, maxTextChars, timeLimit);
    }

    public ExtractedText extract(Path file) throws ExtractionFailedException {
        return bounded.parse(file, () -> parse(file));
    }

    private ExtractedText parse(Path file) throws Exception {
        Metadata metadata = new Metadata();
        BodyContentHandler handler = new BodyContentHandler(bounded.maxTextChars());
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, new ParseContext());
        }
        String text = handler.toString().strip();
        if (text.isEmpty()) {
            throw new ExtractionFailedException("aucun texte lisible (document scanné sans OCR, ou vide)");
        }
        Map<String, String> values = new TreeMap<>();
        for (String name : metadata.names()) {
            values.put(name, metadata.get(name));
        }
        return new ExtractedText(text, metadata.get(Metadata.CONTENT_TYPE), values);
    }

    /** The media type Tika detects from the bytes and the name, without parsing. */
    public String detect(Path file) throws IOException {
        return new Tika().detect(file);
    }

    @Override
    public void close() {
        bounded.close();
    }
}
