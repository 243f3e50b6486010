package fr.suresnes.contactcenter.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassageIndexTest {

    private static final long IDENTITY_CARD = 1;
    private static final long PASSPORT = 2;
    private static final long PACS = 3;

    private static final List<IndexedPassage> KNOWLEDGE = List.of(
            passage(11, IDENTITY_CARD, "Carte d'identité d'un majeur : en cas de perte",
                    "Que faire", "En cas de perte de votre carte d'identité, vous devez faire une déclaration de perte "
                            + "au moment de la demande de nouvelle carte en mairie."),
            passage(12, IDENTITY_CARD, "Carte d'identité d'un majeur : en cas de perte",
                    "Coût", "Le remplacement d'une carte perdue coûte 25 € en timbre fiscal."),
            passage(13, IDENTITY_CARD, "Carte d'identité d'un majeur : en cas de perte",
                    "Où s'adresser ?", "Prenez rendez-vous dans une mairie équipée d'une station biométrique."),
            passage(21, PASSPORT, "Passeport d'un majeur : première demande",
                    "Pièces à fournir", "Il faut une photo d'identité, un justificatif de domicile et un timbre fiscal."),
            passage(31, PACS, "Se pacser", "Démarche",
                    "Les partenaires qui concluent un pacte civil de solidarité font enregistrer leur convention."));

    private final PassageIndex index = PassageIndex.inMemory();

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void thePassagesForAnAnswerAreTheSearchsPassagesWithoutExcerpts() {
        index.replaceAll(KNOWLEDGE);

        List<SearchHit> passages = index.passagesFor("carte identité timbre fiscal", 10);
        List<SearchHit> searched = index.search("carte identité timbre fiscal", 10, false).hits();

        assertEquals(4, passages.size());
        assertEquals(searched.stream().map(SearchHit::passageId).toList(), passages.stream().map(SearchHit::passageId).toList());
        assertTrue(passages.stream().allMatch(hit -> hit.excerpt() == null));
    }

    @Test
    void findsWhatCitizensTypeWithoutAccentsElisionsOrPlurals() {
        index.replaceAll(KNOWLEDGE);

        assertEquals(IDENTITY_CARD, best("j'ai perdu ma carte d'identite"));
        assertEquals(IDENTITY_CARD, best("CARTES IDENTITE PERDUES"));
        assertEquals(PASSPORT, best("passeport premiere demande"));
    }

    @Test
    void expandsAbbreviationsAndToleratesOneTypo() {
        index.replaceAll(KNOWLEDGE);

        assertEquals(PACS, best("PACS"));
        assertEquals(IDENTITY_CARD, best("cni perdue"));
        assertEquals(IDENTITY_CARD, best("RDV"));
        assertEquals(PASSPORT, best("pasepsort"));
    }

    @Test
    void groupsPassagesByDocumentOrNot() {
        index.replaceAll(KNOWLEDGE);

        SearchResults documents = index.search("carte identité timbre fiscal", 10, true);
        SearchResults passages = index.search("carte identité timbre fiscal", 10, false);

        assertEquals(List.of(IDENTITY_CARD, PASSPORT), documentIds(documents));
        assertEquals(2, documents.total());
        assertEquals(12, documents.hits().get(0).passageId(), "the document's best passage is the one about stamps");
        assertEquals(4, passages.total());
        assertEquals(4, passages.hits().size());
        assertEquals(3, passages.hits().stream().filter(hit -> hit.documentId() == IDENTITY_CARD).count());
    }

    @Test
    void limitsHitsButCountsAllMatches() {
        index.replaceAll(KNOWLEDGE);

        SearchResults results = index.search("carte identité timbre fiscal", 1, false);

        assertEquals(1, results.hits().size());
        assertEquals(4, results.total());
    }

    @Test
    void hitsCarryThePassageAndItsSource() {
        index.replaceAll(KNOWLEDGE);

        SearchHit hit = index.search("se pacser", 5, true).hits().get(0);

        assertEquals(new SearchHit(PACS, "F" + PACS, "Se pacser", "https://example.org/F" + PACS, "Démarche", 4,
                hit.excerpt(), hit.score(), 31, 100 + PACS), hit);
        assertTrue(hit.score() > 0);
    }

    @Test
    void excerptsMarkMatchedWords() {
        index.replaceAll(KNOWLEDGE);

        String excerpt = index.search("timbre fiscal perdu", 5, false).hits().get(0).excerpt();

        assertEquals("Le remplacement d'une carte [perdue] coûte 25 € en [timbre] [fiscal].", excerpt);
    }

    @Test
    void excerptsAreAboutTheMatchInLongPassages() {
        String filler = "Cette phrase ne parle de rien qui soit recherché ici. ".repeat(20);
        String longText = filler + "Le livret de famille est remis aux époux lors du mariage. " + filler;
        index.replaceAll(List.of(passage(41, 4, "Mariage", "Démarche", longText)));

        String excerpt = index.search("livret famille", 1, true).hits().get(0).excerpt();

        assertTrue(excerpt.contains("Le [livret] de [famille] est remis"), excerpt);
        assertTrue(excerpt.length() <= 320, excerpt);
    }

    @Test
    void excerptFallsBackToThePassageStartWhenOnlyTheTitleMatches() {
        String text = "Vous trouverez ici les démarches. ".repeat(20);
        index.replaceAll(List.of(passage(51, 5, "Cimetière communal", "Démarche", text)));

        String excerpt = index.search("cimetière", 1, true).hits().get(0).excerpt();

        assertTrue(excerpt.startsWith("Vous trouverez ici les démarches."), excerpt);
        assertFalse(excerpt.contains("["), excerpt);
        assertTrue(excerpt.length() <= 260, excerpt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", ")", "*", "?", "AND", "OR NOT", ":", "title:passeport", "carte\"d'identité",
            "passeport~2", "[a TO z]", "\\", "/regex/", "+-&&||!{}^~", "passeport AND (carte", "%", "😀 passeport"})
    void neverFailsOnQuerySyntax(String hostile) {
        index.replaceAll(KNOWLEDGE);

        assertDoesNotThrow(() -> index.search(hostile, 10, true));
        assertDoesNotThrow(() -> index.search(hostile, 10, false));
    }

    @Test
    void queryOperatorsAreOrdinaryWords() {
        index.replaceAll(KNOWLEDGE);

        assertEquals(PASSPORT, best("title:passeport AND (photo"));
    }

    @Test
    void veryLongTextsAreSearchedWithoutFailing() {
        index.replaceAll(KNOWLEDGE);

        String text = "carte d'identité perdue " + "démarche administrative ".repeat(2000);

        assertFalse(index.search(text, 10, true).hits().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", "?!…", "de la", "le les des"})
    void textsWithoutSearchableWordsFindNothing(String text) {
        index.replaceAll(KNOWLEDGE);

        assertEquals(new SearchResults(List.of(), 0), index.search(text, 10, true));
        assertEquals(new SearchResults(List.of(), 0), index.search(null, 10, false));
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> index.search("passeport", 0, true));
    }

    @Test
    void replacesAndRemovesOneDocument() {
        index.replaceAll(KNOWLEDGE);

        index.replaceDocument(PASSPORT, List.of(
                passage(22, PASSPORT, "Passeport d'un mineur", "Démarche", "L'enfant est présent au dépôt.")));
        assertEquals(3 + 1 + 1, index.passageCount());
        assertEquals(22, index.search("passeport", 5, false).hits().get(0).passageId());
        assertTrue(index.search("justificatif domicile", 5, true).hits().isEmpty());

        index.removeDocument(IDENTITY_CARD);
        assertEquals(2, index.passageCount());
        assertTrue(index.search("carte d'identité perdue", 5, true).hits().stream()
                .noneMatch(hit -> hit.documentId() == IDENTITY_CARD));
    }

    @Test
    void refusesPassagesOfAnotherDocument() {
        index.replaceAll(KNOWLEDGE);

        assertThrows(IllegalArgumentException.class, () -> index.replaceDocument(PASSPORT, KNOWLEDGE));
        assertEquals(KNOWLEDGE.size(), index.passageCount());
    }

    @Test
    void recordsTheGenerationOfTheLastFullReplacement() {
        assertEquals(Optional.empty(), index.generation());

        index.replaceAll(KNOWLEDGE, "2024-05-01T10:00:00Z#42");
        index.removeDocument(PACS);
        assertEquals(Optional.of("2024-05-01T10:00:00Z#42"), index.generation());

        index.replaceAll(KNOWLEDGE);
        assertEquals(Optional.empty(), index.generation());
    }

    @Test
    void recordsTheGenerationIncrementalChangesReached(@TempDir Path folder) {
        try (PassageIndex onDisk = PassageIndex.inFolder(folder)) {
            onDisk.replaceAll(KNOWLEDGE, "g1");
            onDisk.removeDocument(PACS);
            onDisk.recordGeneration("g2");
            assertEquals(Optional.of("g2"), onDisk.generation());
        }
        try (PassageIndex reopened = PassageIndex.inFolder(folder)) {
            assertEquals(Optional.of("g2"), reopened.generation());
            assertTrue(reopened.search("pacs", 5, true).hits().stream().noneMatch(hit -> hit.documentId() == PACS));
        }
    }

    @Test
    void keepsPassagesAndGenerationOnDisk(@TempDir Path folder) {
        try (PassageIndex onDisk = PassageIndex.inFolder(folder)) {
            onDisk.replaceAll(KNOWLEDGE, "g7");
        }
        try (PassageIndex reopened = PassageIndex.inFolder(folder)) {
            assertEquals(KNOWLEDGE.size(), reopened.passageCount());
            assertEquals(Optional.of("g7"), reopened.generation());
            assertEquals(PACS, reopened.search("pacs", 1, true).hits().get(0).documentId());
        }
    }

    @Test
    void searchesSeeTheOldIndexUntilTheNewOneIsComplete() throws Exception {
        index.replaceAll(KNOWLEDGE, "old");
        CountDownLatch halfBuilt = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        List<IndexedPassage> replacement = List.of(
                passage(61, 6, "Inscription sur les listes électorales", "Démarche", "S'inscrire en mairie."),
                passage(62, 6, "Inscription sur les listes électorales", "Délai", "Avant le sixième vendredi."));
        Iterable<IndexedPassage> pausingHalfway = () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < replacement.size();
            }

            @Override
            public IndexedPassage next() {
                if (next == 1) {
                    halfBuilt.countDown();
                    await(checked);
                }
                return replacement.get(next++);
            }
        };
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> replacing = writer.submit(() -> index.replaceAll(pausingHalfway, "new"));
            assertTrue(halfBuilt.await(10, TimeUnit.SECONDS));

            assertEquals(KNOWLEDGE.size(), index.passageCount());
            assertTrue(index.search("liste électorale", 5, true).hits().isEmpty());
            assertEquals(Optional.of("old"), index.generation());

            checked.countDown();
            replacing.get(10, TimeUnit.SECONDS);
        } finally {
            writer.shutdownNow();
        }
        assertEquals(2, index.passageCount());
        assertEquals(1, index.search("liste électorale", 5, true).total());
        assertEquals(Optional.of("new"), index.generation());
    }

    @Test
    void concurrentSearchesDuringRebuildsAlwaysSeeACompleteIndex() throws Exception {
        String query = "passeport mairie carte";
        List<IndexedPassage> other = List.of(passage(71, 7, "Passeport", "Démarche", "Le passeport se demande en mairie."));
        index.replaceAll(other);
        long otherTotal = index.search(query, 10, false).total();
        index.replaceAll(KNOWLEDGE);
        long knowledgeTotal = index.search(query, 10, false).total();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService searchers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> seen = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                seen.add(searchers.submit(() -> {
                    List<Long> totals = new ArrayList<>();
                    while (writing.get()) {
                        totals.add(index.search(query, 10, false).total());
                    }
                    return totals;
                }));
            }
            for (int round = 0; round < 30; round++) {
                index.replaceAll(round % 2 == 0 ? other : KNOWLEDGE);
            }
            writing.set(false);
            for (Future<List<Long>> totals : seen) {
                List<Long> distinct = totals.get(30, TimeUnit.SECONDS).stream().distinct().toList();
                assertTrue(List.of(otherTotal, knowledgeTotal).containsAll(distinct), "totals seen: " + distinct);
            }
        } finally {
            writing.set(false);
            searchers.shutdownNow();
        }
    }

    @Test
    void aFailedRebuildLeavesTheIndexAsItWas() {
        index.replaceAll(KNOWLEDGE, "before");
        Iterable<IndexedPassage> failing = () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public IndexedPassage next() {
                if (next == 2) {
                    throw new IllegalStateException("database gone");
                }
                return passage(80 + next++, 8, "Recensement", "Démarche", "Le recensement citoyen à 16 ans.");
            }
        };

        assertThrows(IllegalStateException.class, () -> index.replaceAll(failing, "after"));
        index.removeDocument(PACS);

        assertEquals(KNOWLEDGE.size() - 1, index.passageCount());
        assertTrue(index.search("recensement", 5, true).hits().isEmpty());
        assertEquals(Optional.of("before"), index.generation());
    }

    private long best(String text) {
        SearchResults results = index.search(text, 3, true);
        assertFalse(results.hits().isEmpty(), "no hit for " + text);
        return results.hits().get(0).documentId();
    }

    private static List<Long> documentIds(SearchResults results) {
        return results.hits().stream().map(SearchHit::documentId).collect(Collectors.toList());
    }

    private static IndexedPassage passage(long passageId, long documentId, String title, String section, String text) {
        return new IndexedPassage(passageId, documentId, 100 + documentId, "F" + documentId, title,
                "Fiche pratique", "https://example.org/F" + documentId, section, 4, text);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
