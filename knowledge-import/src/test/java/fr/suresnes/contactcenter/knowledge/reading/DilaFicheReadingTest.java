package fr.suresnes.contactcenter.knowledge.reading;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.entity.DocumentVersion;
import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class DilaFicheReadingTest {

    static final Path FICHES = Path.of(System.getProperty("corpus.dir", "../demo-corpus")).resolve("service-public");
    static final DocumentReaders readers = new DocumentReaders(20_000_000, 2_000_000, Duration.ofSeconds(10));

    @AfterAll
    static void close() {
        readers.close();
    }

    static ReadDocument fiche(String id) throws ExtractionFailedException {
        return readers.read(FICHES.resolve(id + ".xml"), "service-public/" + id + ".xml");
    }

    static List<ImportedPassage> under(ReadDocument document, String sectionPath) {
        return document.passages().stream().filter(passage -> passage.sectionPath().equals(sectionPath)).toList();
    }

    @Test
    void takesTheIdentityTitleLinkAndMetadataOfTheFiche() throws Exception {
        ReadDocument minor = fiche("F1342");

        assertEquals("F1342", minor.sourceId());
        assertEquals("Carte d'identité d'un mineur : première demande", minor.title());
        assertEquals("https://www.service-public.fr/particuliers/vosdroits/F1342", minor.url());
        assertEquals("fr", minor.language());
        assertEquals("2020-07-21", minor.metadata().get("dc:date"));
        assertEquals("Papiers - Citoyenneté", minor.metadata().get("dc:subject"));
        assertEquals("Fiche d'information conditionnée", minor.metadata().get("dila.type"));
        assertTrue(minor.metadata().get("dc:description").startsWith("Pour faire la carte d'identité d'un enfant mineur"));
        assertEquals("Accueil particuliers > Papiers - Citoyenneté > Carte d'identité > Carte d'identité d'un mineur : première demande",
                minor.metadata().get("dila.breadcrumb"));
    }

    @Test
    void namesTheSituationOfAFicheWhoseFolderSplitsItsFichesBySituation() throws Exception {
        ReadDocument minor = fiche("F1153");
        ReadDocument adult = fiche("F1344");

        assertEquals("Pour un mineur", minor.metadata().get(DocumentVersion.SITUATION));
        assertEquals("Pour un majeur", adult.metadata().get(DocumentVersion.SITUATION));
        assertEquals("N358", minor.metadata().get(DocumentVersion.SITUATION_GROUP));
        assertEquals(minor.metadata().get(DocumentVersion.SITUATION_GROUP), adult.metadata().get(DocumentVersion.SITUATION_GROUP));
    }

    @Test
    void keepsEachCaseInItsOwnPassagesUnderTheSituationAndChapter() throws Exception {
        ReadDocument minor = fiche("F1342");

        List<ImportedPassage> underTwelve = under(minor, "Demande en France > Où et comment faire la demande ? > Cas : Entre 0 et 12 ans");
        List<ImportedPassage> fromThirteen = under(minor, "Demande en France > Où et comment faire la demande ? > Cas : À partir de 13 ans");

        assertEquals(1, underTwelve.size());
        assertTrue(underTwelve.get(0).content().contains("Le responsable signe le talon photo"));
        assertFalse(underTwelve.get(0).content().contains("empreintes"), "fingerprints belong to the other cases");
        assertTrue(fromThirteen.get(0).content().contains("l'enfant peut signer le talon photo"));
        assertFalse(under(minor, "Demande en France > Pièces à fournir > Cas : L'enfant a un passeport périmé > Cas : Passeport périmé depuis + de 5 ans").isEmpty(),
                "nested cases join the path");
        assertFalse(under(minor, "À l'étranger > Coût").isEmpty(), "second situation");
    }

    @Test
    void flattensListsAndKeepsUsefulBoxesButDropsNavigation() throws Exception {
        ReadDocument minor = fiche("F1342");
        String all = String.join("\n", minor.passages().stream().map(ImportedPassage::content).toList());

        String documents = under(minor, "Demande en France > Pièces à fournir > Cas : L'enfant n'a pas de passeport").get(0).content();
        assertTrue(documents.contains("- Photo d'identité de moins de 6 mois et conforme aux normes\n- Pièce d'identité du parent"), documents);
        assertTrue(all.contains("Où s'adresser : Mairie délivrant des cartes d'identité"));
        assertTrue(all.contains("Attention : le service peut exiger que le dépôt du dossier se fasse uniquement sur rendez-vous."));
        assertFalse(all.contains("Accessible avec un compte ANTS"), "online service blurb");
        assertFalse(all.contains("Quels recours si mon dossier est rejeté"), "related questions");
        assertFalse(all.contains("Accueil particuliers"), "breadcrumb");
        assertFalse(all.contains("Renouvellement"), "folder list");
    }

    @Test
    void flattensTablesRowByRowWithTheirHeaders() throws Exception {
        String all = String.join("\n", fiche("F10").passages().stream().map(ImportedPassage::content).toList());

        assertTrue(all.contains("Médaille d'argent — Ancienneté de services : 20 ans"), all);
        assertTrue(all.contains("Grande médaille d'or — Ancienneté de services : 40 ans"));
    }

    @Test
    void splitsLongSectionsKeepingTheirPath() throws Exception {
        ReadDocument planning = fiche("F17578");

        assertTrue(planning.passages().stream().allMatch(p -> p.content().length() <= PassageSplitter.MAX_CHARS));
        assertTrue(planning.passages().stream().anyMatch(p -> under(planning, p.sectionPath()).size() > 1),
                "a section longer than a passage gives several passages with the same path");
    }

    @Test
    void refusesAGuidedSearchThatHasNoTextOfItsOwn() {
        ExtractionFailedException refused = assertThrows(ExtractionFailedException.class, () -> fiche("F34478"));
        assertEquals("fiche sans texte à importer (Recherche guidée)", refused.getMessage());
    }

    static Stream<Path> demoFiches() throws IOException {
        return Files.list(FICHES).filter(file -> !file.getFileName().toString().equals("F34478.xml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("demoFiches")
    void readsEveryDemoFicheIntoBoundedPassagesWithSectionPaths(Path file) throws Exception {
        ReadDocument fiche = readers.read(file, "service-public/" + file.getFileName());

        assertEquals(file.getFileName().toString().replace(".xml", ""), fiche.sourceId());
        assertFalse(fiche.title().isBlank());
        assertFalse(fiche.passages().isEmpty());
        for (ImportedPassage passage : fiche.passages()) {
            assertFalse(passage.content().isBlank());
            assertTrue(passage.content().length() <= PassageSplitter.MAX_CHARS, passage.sectionPath());
            assertNull(passage.page());
        }
        assertTrue(fiche.passages().stream().anyMatch(passage -> !passage.sectionPath().isEmpty()));
    }
}
