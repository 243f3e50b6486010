package fr.suresnes.contactcenter.knowledge.reading.dila;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.extraction.BoundedParsing;
import fr.suresnes.contactcenter.knowledge.entity.DocumentVersion;
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
import java.util.Optional;
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
                metadataOf(publication, id, type), passages, List.of());
    }

    private static Map<String, String> metadataOf(Element publication, String id, String type) {
        Map<String, String> metadata = new LinkedHashMap<>();
        putIfNotBlank(metadata, "dc:description", dublinCore(publication, "description"));
        putIfNotBlank(metadata, "dc:date", dublinCore(publication, "date").replaceFirst("^(modified|created)\\s+", ""));
        putIfNotBlank(metadata, "dc:subject", dublinCore(publication, "subject"));
        putIfNotBlank(metadata, "dila.type", type);
        putIfNotBlank(metadata, "dila.breadcrumb", child(publication, "FilDAriane")
                .map(trail -> children(trail).stream().map(DilaElements::text).collect(Collectors.joining(DilaSections.SEPARATOR)))
                .orElse(""));
        situationOf(publication, id).ifPresent(situation -> {
            metadata.put(DocumentVersion.SITUATION_GROUP, situation.getKey());
            metadata.put(DocumentVersion.SITUATION, situation.getValue());
        });
        return metadata;
    }

    /**
     * The situation this fiche is written for, when its folder splits its fiches by situation (« Carte d'identité »:
     * « Pour un majeur » / « Pour un mineur »): the folder's ID and the title of the sub-folder listing this fiche.
     */
    private static Optional<Map.Entry<String, String>> situationOf(Element publication, String id) {
        Optional<Element> folder = child(publication, "DossierPere");
        List<Element> subFolders = folder.map(parent -> children(parent).stream()
                .filter(element -> element.getLocalName().equals("SousDossier")).toList()).orElse(List.of());
        if (subFolders.size() < 2) {
            return Optional.empty();
        }
        return subFolders.stream()
                .filter(subFolder -> children(subFolder).stream().anyMatch(fiche -> fiche.getLocalName().equals("Fiche")
                        && fiche.getAttribute("ID").equals(id)))
                .findFirst()
                .map(subFolder -> Map.entry(folder.get().getAttribute("ID"), title(subFolder)))
                .filter(situation -> !situation.getKey().isBlank() && !situation.getValue().isBlank());
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
