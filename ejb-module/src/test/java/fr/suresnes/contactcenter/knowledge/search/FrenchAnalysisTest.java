package fr.suresnes.contactcenter.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class FrenchAnalysisTest {

    private static final Analyzer INDEX = FrenchAnalysis.indexAnalyzer();
    private static final Analyzer QUERY = FrenchAnalysis.queryAnalyzer();

    @AfterAll
    static void close() {
        INDEX.close();
        QUERY.close();
    }

    @Test
    void elisionsAccentsCaseAndPluralsGiveTheSameTerms() throws IOException {
        assertEquals(terms(INDEX, "Cartes d'Identité"), terms(INDEX, "carte identite"));
        assertEquals(terms(INDEX, "l’état civil"), terms(INDEX, "ETAT CIVIL"));
        assertEquals(terms(INDEX, "les passeports perdus"), terms(INDEX, "passeport perdu"));
    }

    @Test
    void stopWordsAreNotSearched() throws IOException {
        assertEquals(terms(INDEX, "mairie"), terms(INDEX, "de la mairie"));
        assertEquals(List.of(), terms(INDEX, "Pour vous et nous, de la, des, aux"));
    }

    @Test
    void abbreviationsSearchTheirFullWording() throws IOException {
        assertTrue(terms(QUERY, "CNI").containsAll(terms(INDEX, "carte nationale d'identité")));
        assertTrue(terms(QUERY, "ma carte d'identite").contains("cni"));
        assertTrue(terms(QUERY, "pacs").containsAll(terms(INDEX, "pacte civil de solidarité")));
        assertTrue(terms(QUERY, "rdv").containsAll(terms(INDEX, "rendez-vous")));
        assertTrue(terms(QUERY, "Hôtel de Ville").containsAll(terms(INDEX, "mairie")));
    }

    @Test
    void oneWaySynonymsDoNotExpandBackwards() throws IOException {
        assertTrue(terms(QUERY, "passport").containsAll(terms(INDEX, "passeport")));
        assertFalse(terms(QUERY, "passeport").contains("passport"));
    }

    @Test
    void indexedTextIsNotExpanded() throws IOException {
        assertEquals(List.of("cni"), terms(INDEX, "CNI"));
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
