package fr.suresnes.contactcenter.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.Properties;

/** The limits every file is read within, taken from the knowledge import's default configuration. */
record ImportLimits(long maxFileBytes, int maxTextChars, Duration timeLimit) {

    private static final String CONFIGURATION = "META-INF/microprofile-config.properties";
    private static final String MAX_FILE_BYTES = "knowledge.import.max-file-bytes";

    static ImportLimits importDefaults() {
        try {
            for (URL url : Collections.list(ImportLimits.class.getClassLoader().getResources(CONFIGURATION))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(in);
                }
                if (properties.containsKey(MAX_FILE_BYTES)) {
                    return new ImportLimits(Long.parseLong(properties.getProperty(MAX_FILE_BYTES)),
                            Integer.parseInt(properties.getProperty("knowledge.import.max-text-chars")),
                            Duration.ofSeconds(Long.parseLong(properties.getProperty("knowledge.import.time-limit-seconds"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No " + MAX_FILE_BYTES + " in any " + CONFIGURATION + " on the class path");
    }

    @Override
    public String toString() {
        return (maxFileBytes / (1024 * 1024)) + " MB, " + maxTextChars + " chars, " + timeLimit.toSeconds() + " s per file";
    }
}
