package fr.suresnes.contactcenter.knowledge.reading.tika;

import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Decides from the bytes and the name of a file, before parsing it, whether it can give text: unknown content,
 * programs, fonts, sound and video are refused, images too unless French OCR is available, and so is any type no
 * Tika parser reads. The reason tells when the extension promises something else than the content.
 */
final class ReadableFormats {

    private static final Set<String> WITHOUT_TEXT = Set.of("audio", "video", "font");
    private static final Set<String> PROGRAMS_AND_FONTS = Set.of("application/x-executable", "application/x-dosexec",
            "application/x-msdownload", "application/x-sharedlib", "application/x-mach-o-executable",
            "application/java-vm", "application/x-elf", "application/x-coredump", "application/x-font-ttf");

    private final AutoDetectParser parser;
    private final Map<MediaType, Parser> parsers;
    private final MediaTypeRegistry registry;

    ReadableFormats(AutoDetectParser parser) {
        this.parser = parser;
        this.parsers = parser.getParsers(new ParseContext());
        this.registry = parser.getMediaTypeRegistry();
    }

    /** The media type of a file that can be read, or a refusal saying why it cannot. */
    MediaType check(Path file) throws IOException, ExtractionFailedException {
        MediaType byName = detectByName(file);
        MediaType detected = detect(file);
        String refusal = refusal(detected);
        if (refusal == null) {
            return detected;
        }
        boolean misnamed = !MediaType.OCTET_STREAM.equals(byName) && !byName.equals(detected);
        throw new ExtractionFailedException(refusal + (misnamed
                ? " ; l'extension du fichier annonce " + byName + " mais le contenu n'en est pas"
                : ""));
    }

    private String refusal(MediaType type) {
        if (MediaType.OCTET_STREAM.equals(type)) {
            return "format non reconnu (contenu binaire inconnu)";
        }
        if (WITHOUT_TEXT.contains(type.getType()) || PROGRAMS_AND_FONTS.contains(type.getBaseType().toString())) {
            return "format sans texte à importer (" + type.getBaseType() + ")";
        }
        if ("image".equals(type.getType()) && !OcrSupport.available()) {
            return "image sans texte lisible : OCR indisponible (" + type.getBaseType() + ")";
        }
        if (!hasParser(type)) {
            return "format non pris en charge (" + type.getBaseType() + ")";
        }
        return null;
    }

    private boolean hasParser(MediaType type) {
        for (MediaType candidate = registry.normalize(type.getBaseType()); candidate != null;
             candidate = registry.getSupertype(candidate)) {
            if (parsers.containsKey(candidate) && !MediaType.OCTET_STREAM.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    private MediaType detectByName(Path file) throws IOException {
        return parser.getDetector().detect(null, named(file));
    }

    private MediaType detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return parser.getDetector().detect(in, named(file));
        }
    }

    private static Metadata named(Path file) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        return metadata;
    }
}
