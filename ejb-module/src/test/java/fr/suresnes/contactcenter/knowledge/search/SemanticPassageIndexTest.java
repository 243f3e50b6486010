package fr.suresnes.contactcenter.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticPassageIndexTest {

    private static final long PACS = 1;
    private static final long WEDDING = 2;
    private static final long PASSPORT = 3;
    private static final long CEMETERY = 4;
    private static final long DEATH = 5;

    private static final String CEMETERY_TEXT = "Une concession au cimetière est accordée pour 15, 30 ou 50 ans.";

    private static final List<IndexedPassage> KNOWLEDGE = List.of(
            passage(11, PACS, "Se pacser", "Démarche",
                    "Les partenaires qui concluent un pacte civil de solidarité font enregistrer leur convention "
                            + "en mairie."),
            passage(21, WEDDING, "Se marier", "Publication des bans",
                    "Les futurs époux déposent leur dossier de mariage à la mairie."),
            passage(31, PASSPORT, "Passeport", "Pièces à fournir",
                    "Une photo d'identité et un justificatif de domicile."),
            passage(41, CEMETERY, "Concession funéraire", "Durée", CEMETERY_TEXT),
            passage(51, DEATH, "Acte de décès", "Déclaration",
                    "Le décès est déclaré à la mairie du lieu du décès dans les 24 heures, par un proche ou par "
                            + "l'entreprise de pompes funèbres, avec le livret de famille et une pièce d'identité "
                            + "du défunt."));

    private final LoopbackEmbeddingsServer server = LoopbackEmbeddingsServer.answering(Concepts::of);
    private final PassageIndex fullText = PassageIndex.inMemory();
    private final PassageIndex semantic =
            new PassageIndex(new ByteBuffersDirectory(), embeddings(Duration.ofSeconds(5), 2));

    @AfterEach
    void close() {
        semantic.close();
        fullText.close();
        server.close();
    }

    @Test
    void findsByMeaningAPassageSharingNoWordWithTheQuestion() {
        index(KNOWLEDGE);

        assertTrue(fullText.search("enterrer grand-père", 5, true).hits().isEmpty());
        SearchHit best = semantic.search("enterrer grand-père", 5, true).hits().get(0);

        assertEquals(CEMETERY, best.documentId());
        assertEquals(CEMETERY_TEXT, best.excerpt(), "without a matched word, the excerpt is the passage start");
    }

    @Test
    void fusionRaisesTheFullTextHitsClosestInMeaning() {
        index(KNOWLEDGE);

        List<Long> byWords = documentIds(fullText.search("mairie funérailles", 5, true));
        List<Long> fused = documentIds(semantic.search("mairie funérailles", 5, true));

        assertEquals(List.of(WEDDING, PACS, DEATH, CEMETERY), byWords, "by words, « mairie » weighs most");
        assertEquals(List.of(WEDDING, CEMETERY, DEATH, PACS, PASSPORT), fused, "fused, funerals come before the PACS");
    }

    @Test
    void excerptsStillMarkTheMatchedWords() {
        index(KNOWLEDGE);

        SearchHit hit = semantic.search("déclarer un décès", 1, false).hits().get(0);

        assertEquals(51, hit.passageId());
        assertTrue(hit.excerpt().contains("[décès]"), hit.excerpt());
    }

    @Test
    void totalsCountWhatEitherRankingFound() {
        index(KNOWLEDGE);

        SearchResults passages = semantic.search("mairie funérailles", 2, false);
        SearchResults documents = semantic.search("mairie funérailles", 2, true);

        assertEquals(2, passages.hits().size());
        assertEquals(KNOWLEDGE.size(), passages.total(), "nearest neighbours are found whatever the words");
        assertEquals(KNOWLEDGE.size(), documents.total());
    }

    @Test
    void embedsPassagesInBatchesWhenIndexing() {
        semantic.replaceAll(KNOWLEDGE);
        semantic.replaceDocument(PASSPORT, List.of(passage(32, PASSPORT, "Passeport", "Délai", "Trois semaines.")));

        assertEquals(List.of(List.of(meaning(0), meaning(1)), List.of(meaning(2), meaning(3)), List.of(meaning(4)),
                        List.of("Passeport\nDélai\nTrois semaines.")),
                server.requests().stream().map(LoopbackEmbeddingsServer.Request::input).toList());
        assertEquals("Se pacser\nDémarche\n" + KNOWLEDGE.get(0).text(), meaning(0));
    }

    @Test
    void answersByWordsAloneWhenTheServiceFailsAtQueryTime() {
        index(KNOWLEDGE);
        server.failWith(500, "{\"error\":{\"message\":\"CUDA out of memory\"}}");

        assertSameAsFullText("mairie funérailles");
        assertTrue(semantic.search("enterrer grand-père", 5, true).hits().isEmpty());
    }

    @Test
    void answersByWordsAloneWhenTheServiceDoesNotAnswerInTime() {
        Embeddings impatientService = embeddings(Duration.ofMillis(300), 32);
        try (PassageIndex impatient = new PassageIndex(new ByteBuffersDirectory(), impatientService)) {
            impatient.replaceAll(KNOWLEDGE);
            fullText.replaceAll(KNOWLEDGE);
            server.hang();

            assertEquals(fullText.search("mairie funérailles", 5, true),
                    impatient.search("mairie funérailles", 5, true));
        }
    }

    @Test
    void answersByWordsAloneWhenTheModelChangedItsDimension() {
        index(KNOWLEDGE);
        server.answerWith(text -> Arrays.copyOf(Concepts.of(text), Concepts.DIMENSION + 1));

        assertSameAsFullText("mairie funérailles");
    }

    @Test
    void indexesWithoutVectorsWhenTheServiceFailsAtIndexingTime() {
        server.failWith(503, "{\"detail\":\"Service Unavailable\"}");

        index(KNOWLEDGE);

        assertEquals(KNOWLEDGE.size(), semantic.passageCount());
        assertEquals(1, server.requests().size(), "no more requests once the service failed");
        assertSameAsFullText("mairie funérailles");
        assertEquals(1, server.requests().size(), "no question is embedded when no passage has a vector");
    }

    @Test
    void keepsVectorsOfCommonModelSizesOnDisk(@TempDir Path folder) {
        int dimension = 1536;
        server.answerWith(text -> Arrays.copyOf(Concepts.of(text), dimension));
        Embeddings large = embeddings(Duration.ofSeconds(5), 32);
        try (PassageIndex onDisk = PassageIndex.inFolder(folder, large)) {
            onDisk.replaceAll(KNOWLEDGE);
        }
        try (PassageIndex reopened = PassageIndex.inFolder(folder, large)) {
            assertEquals(CEMETERY, reopened.search("enterrer grand-père", 1, true).hits().get(0).documentId());
        }
    }

    private void index(List<IndexedPassage> passages) {
        fullText.replaceAll(passages);
        semantic.replaceAll(passages);
    }

    private void assertSameAsFullText(String question) {
        for (boolean perDocument : new boolean[]{true, false}) {
            SearchResults expected = fullText.search(question, 5, perDocument);
            assertFalse(expected.hits().isEmpty());
            assertEquals(expected, semantic.search(question, 5, perDocument));
        }
    }

    private OpenAiCompatibleEmbeddings embeddings(Duration timeout, int batchSize) {
        return new OpenAiCompatibleEmbeddings(server.baseUrl(), "concepts", null, timeout, batchSize);
    }

    private static String meaning(int passage) {
        return PassageFields.meaning(KNOWLEDGE.get(passage));
    }

    private static List<Long> documentIds(SearchResults results) {
        return results.hits().stream().map(SearchHit::documentId).toList();
    }

    private static IndexedPassage passage(long passageId, long documentId, String title, String section, String text) {
        return new IndexedPassage(passageId, documentId, 100 + documentId, "F" + documentId, title,
                "Fiche pratique", "https://example.org/F" + documentId, section, null, text);
    }
}
