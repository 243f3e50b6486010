package fr.suresnes.contactcenter.knowledge.reading.tika;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.extraction.BoundedParsing;
import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.reading.DocumentReader;
import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;
import fr.suresnes.contactcenter.knowledge.reading.act.MunicipalAct;
import fr.suresnes.contactcenter.knowledge.reading.act.MunicipalActMetadata;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads any format Tika knows (PDF, office documents, HTML, e-mails, plain text…) within the limits of
 * {@link BoundedParsing}, and cuts it into passages along its structure (see {@link StructuredChunker}). Text
 * beyond the length limit is dropped with a warning rather than losing the whole document. Municipal acts get
 * their kind, number and date as metadata and a title such as « Décision n° … — … ».
 */
public class TikaDocumentReader implements DocumentReader {

    static final int MAX_ATTACHMENTS = 100;
    private static final int MAX_TITLE_CHARS = 200;
    private static final List<String> KEPT_METADATA = List.of("dc:title", "dc:creator", "dc:subject",
            "dc:description", "dcterms:created", "dcterms:modified", "xmpTPg:NPages", "Message-From", "Message-To");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3}");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final ReadableFormats formats = new ReadableFormats(parser);
    private final BoundedParsing bounded;

    public TikaDocumentReader(BoundedParsing bounded) {
        this.bounded = bounded;
    }

    @Override
    public ReadDocument read(Path file, String relativePath) throws ExtractionFailedException {
        return bounded.parse(file, () -> parse(file, relativePath));
    }

    private ReadDocument parse(Path file, String relativePath) throws Exception {
        MediaType type = formats.check(file);
        Metadata metadata = new Metadata();
        XhtmlBlockCollector collector = new XhtmlBlockCollector();
        ParseContext context = new ParseContext();
        OcrSupport.configure(context);
        AttachmentExtractor attachments = new AttachmentExtractor(context, collector, MAX_ATTACHMENTS);
        context.set(EmbeddedDocumentExtractor.class, attachments);
        context.set(Parser.class, parser);
        List<String> warnings = new ArrayList<>();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, new BodyContentHandler(
                    new WriteOutContentHandler(collector, bounded.maxTextChars(), true, context)), metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            warnings.add("texte tronqué : seuls les " + bounded.maxTextChars() + " premiers caractères ont été lus");
        }
        List<TextBlock> blocks = collector.blocks();
        boolean pdf = "application/pdf".equals(type.getBaseType().toString());
        List<ImportedPassage> passages = StructuredChunker.passagesOf(blocks);
        if (passages.isEmpty()) {
            throw new ExtractionFailedException(pdf && !OcrSupport.available()
                    ? "aucun texte lisible (document scanné sans OCR)"
                    : "aucun texte lisible (document vide, protégé ou sans texte)");
        }
        if (pdf && !OcrSupport.available() && collector.pagesWithoutText() > 0) {
            warnings.add("OCR indisponible : " + collector.pagesWithoutText() + " page(s) sur " + collector.pages()
                    + " sans texte n'ont pas été lues (installer tesseract-ocr-fra)");
        }
        if (attachments.skipped() > 0) {
            warnings.add(attachments.skipped() + " pièce(s) jointe(s) ignorée(s) au-delà de " + MAX_ATTACHMENTS);
        }
        String mainText = blocks.stream().filter(block -> block.attachment() == null).map(TextBlock::text)
                .collect(Collectors.joining("\n"));
        Optional<MunicipalAct> act = MunicipalActMetadata.detect(mainText);
        return new ReadDocument(relativePath, title(act, metadata, blocks, file), null,
                Objects.requireNonNullElse(metadata.get(Metadata.CONTENT_TYPE), type.toString()),
                language(metadata), metadataOf(metadata, act), passages, warnings);
    }

    private static String title(Optional<MunicipalAct> act, Metadata metadata, List<TextBlock> blocks, Path file) {
        Optional<String> actTitle = act.flatMap(MunicipalAct::title);
        if (actTitle.isPresent()) {
            return actTitle.get();
        }
        String declared = metadata.get(TikaCoreProperties.TITLE);
        if (declared != null && !declared.isBlank()) {
            return shortened(declared);
        }
        return blocks.stream().flatMap(block -> block.text().lines())
                .filter(line -> WORD.matcher(line).find()).findFirst()
                .map(TikaDocumentReader::shortened)
                .orElse(file.getFileName().toString());
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > MAX_TITLE_CHARS ? line.substring(0, MAX_TITLE_CHARS - 1).strip() + "…" : line;
    }

    private static String language(Metadata metadata) {
        for (String declared : new String[]{metadata.get(TikaCoreProperties.LANGUAGE), metadata.get("Content-Language")}) {
            if (declared != null && declared.strip().length() >= 2 && Character.isLetter(declared.strip().charAt(1))) {
                return declared.strip().substring(0, 2).toLowerCase(Locale.ROOT);
            }
        }
        return "fr";
    }

    private static Map<String, String> metadataOf(Metadata metadata, Optional<MunicipalAct> act) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_METADATA) {
            String value = metadata.get(name);
            if (value != null && !value.isBlank()) {
                kept.put(name, value.strip());
            }
        }
        act.ifPresent(found -> kept.putAll(found.metadata()));
        return kept;
    }
}
