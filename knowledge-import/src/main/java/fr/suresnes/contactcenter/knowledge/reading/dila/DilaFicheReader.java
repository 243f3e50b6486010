package fr.suresnes.contactcenter.knowledge.reading.dila;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.extraction.BoundedParsing;
import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.reading.DocumentReader;
import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.suresnes.contactcenter.knowledge.reading.dila.DilaElements.child;
import static fr.suresnes.contactcenter.knowledge.reading.dila.DilaElements.children;
import static fr.suresnes.contactcenter.knowledge.reading.dila.DilaElements.title;

/**
 * Reads a service-public.fr "vosdroits" fiche (DILA XML): its ID, title, link and Dublin Core metadata, and its
 * body as passages following the fiche's situations, chapters and cases. Navigation (breadcrumb, folder lists,
 * links to online services and related fiches) is left out of the passages; the breadcrumb is kept as metadata.
 */
public class DilaFicheReader implements DocumentReader {

    public static final String MEDIA_TYPE = "application/xml";
    private final BoundedParsing bounded;

    public DilaFicheReader(BoundedParsing bounded) {
        this.bounded = bounded;
    }

    @Override
    public ReadDocument read(Path file, String relativePath) throws ExtractionFailedException {
        return bounded.parse(file, () -> read(SecureXml.parse(file).getDocumentElement(), relativePath));
    }

    private ReadDocument read(Element publication, String relativePath) throws ExtractionFailedException {
        String id = publication.getAttribute("ID");
        String type = publication.getAttribute("type");
        List<ImportedPassage> passages = passagesOf(publication);
        if (passages.isEmpty()) {
            throw new ExtractionFailedException("fiche sans texte à importer (" + (type.isBlank() ? "type inconnu" : type) + ")");
        }
        String language = dublinCore(publication, "language").toLowerCase(Locale.ROOT);
        return new ReadDocument(id.isBlank() ? relativePath : id, dublinCore(publication, "title"),
                publication.getAttribute("spUrl"), MEDIA_TYPE, language.isBlank() ? "fr" : language,
                metadataOf(publication, type), passages, List.of());
    }

    private static Map<String, String> metadataOf(Element publication, String type) {
        Map<String, String> metadata = new LinkedHashMap<>();
        putIfNotBlank(metadata, "dc:description", dublinCore(publication, "description"));
        putIfNotBlank(metadata, "dc:date", dublinCore(publication, "date").replaceFirst("^(modified|created)\\s+", ""));
        putIfNotBlank(metadata, "dc:subject", dublinCore(publication, "subject"));
        putIfNotBlank(metadata, "dila.type", type);
        putIfNotBlank(metadata, "dila.breadcrumb", child(publication, "FilDAriane")
                .map(trail -> children(trail).stream().map(DilaElements::text).collect(Collectors.joining(DilaSections.SEPARATOR)))
                .orElse(""));
        return metadata;
    }

    private static List<ImportedPassage> passagesOf(Element publication) {
        DilaSections sections = new DilaSections();
        List<String> contacts = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        for (Element part : children(publication)) {
            switch (part.getLocalName()) {
                case "Introduction" -> sections.read(part, "Introduction");
                case "Texte", "ListeSituations" -> sections.read(part, "");
                case "Avertissement" -> sections.read(part, "Avertissement : " + title(part));
                case "OuSAdresser" -> contacts.add("- " + title(part));
                case "Definition", "Abreviation" -> definitions.add(title(part) + " : "
                        + child(part, "Texte").map(DilaElements::text).orElse(""));
                default -> {
                    // metadata, navigation and links: not passages
                }
            }
        }
        if (!contacts.isEmpty()) {
            sections.add("Où s'adresser", List.of(String.join("\n", contacts)));
        }
        if (!definitions.isEmpty()) {
            sections.add("Définitions", definitions);
        }
        return sections.passages();
    }

    private static String dublinCore(Element publication, String name) {
        return children(publication).stream()
                .filter(element -> DilaFicheDetector.DUBLIN_CORE.equals(element.getNamespaceURI()) && name.equals(element.getLocalName()))
                .findFirst().map(DilaElements::text).orElse("");
    }

    private static void putIfNotBlank(Map<String, String> metadata, String key, String value) {
        if (!value.isBlank()) {
            metadata.put(key, value);
        }
    }
}
