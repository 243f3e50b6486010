package fr.suresnes.contactcenter.knowledge.reading;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MunicipalActReadingTest {

    static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../demo-corpus"));
    static final DocumentReaders readers = new DocumentReaders(20_000_000, 2_000_000, Duration.ofSeconds(10));

    @AfterAll
    static void close() {
        readers.close();
    }

    @Test
    void readsTheSuresnesDecisionAsAnActWithItsArticles() throws Exception {
        ReadDocument decision = readers.read(CORPUS.resolve("suresnes/decision-Dec2023-037.txt"), "suresnes/decision-Dec2023-037.txt");

        assertEquals("suresnes/decision-Dec2023-037.txt", decision.sourceId());
        assertEquals("décision", decision.metadata().get("act.kind"));
        assertEquals("Dec2023-037", decision.metadata().get("act.number"));
        assertEquals("2023-04-27", decision.metadata().get("act.date"), "signature date left blank: the date of receipt by the prefecture");
        assertEquals("Décision n° Dec2023-037 — Demande de subvention auprès de la Métropole du Grand Paris au titre du Fonds "
                + "« Innover dans la Ville » pour la création d’un centre de contacts", decision.title());
        assertEquals("fr", decision.language());

        List<String> paths = decision.passages().stream().map(ImportedPassage::sectionPath).distinct().toList();
        assertEquals(List.of("", "Article 1er", "Article 2", "Article 3"), paths);
        ImportedPassage second = decision.passages().stream().filter(p -> p.sectionPath().equals("Article 2")).findFirst().orElseThrow();
        assertEquals("Article 2. de l’imputation budgétaire en recette aux chapitres 13 et 74,", second.content());
    }

    @Test
    void readsAMontpellierDeliberationPageByPage() throws Exception {
        Path pdf = CORPUS.resolve("montpellier/delib_2014_04_24/2014-04-24-0000071267.pdf");

        ReadDocument deliberation = readers.read(pdf, "montpellier/delib_2014_04_24/2014-04-24-0000071267.pdf");

        assertEquals("application/pdf", deliberation.mediaType());
        assertEquals("délibération", deliberation.metadata().get("act.kind"));
        assertEquals("2014/154", deliberation.metadata().get("act.number"));
        assertEquals("2014-04-24", deliberation.metadata().get("act.date"));
        assertEquals("Délibération n° 2014/154 — Commission communale d’Aménagement foncier Désignation du représentant de la Ville",
                deliberation.title());
        List<Integer> pages = deliberation.passages().stream().map(ImportedPassage::page).distinct().toList();
        assertEquals(1, pages.get(0));
        assertEquals(List.copyOf(new java.util.TreeSet<>(pages)), pages, "pages in order, each passage on one page");
        assertTrue(deliberation.passages().get(0).content().contains("Séance publique du jeudi 24 avril 2014"));
        assertTrue(deliberation.warnings().isEmpty(), deliberation.warnings().toString());
    }
}
