package fr.suresnes.contactcenter.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionRewritesTest {

    private static final String QUESTION = "Qu'est-ce qu'une période de mise en situation en milieu professionnel ?";

    @Test
    void removesAccents() {
        assertEquals("Inscription sur les listes electorales a l'etranger",
                QuestionRewrites.withoutAccents("Inscription sur les listes électorales à l'étranger"));
    }

    @Test
    void lowersCaseAndReplacesPunctuationWithSpaces() {
        assertEquals("qu est ce qu un pacs", QuestionRewrites.lowerCaseWithoutPunctuation("Qu'est-ce qu'un Pacs ?"));
    }

    @Test
    void keepsAtMostFourContentWords() {
        assertEquals("période mise situation milieu", KeywordForm.of(QUESTION));
        assertEquals("demande carte identité", KeywordForm.of("Comment faire une demande de carte d'identité ?"));
    }

    @Test
    void misspellsOneLongWordTheSameWayEveryTime() {
        String misspelled = QuestionRewrites.misspelled(QUESTION);
        assertNotEquals(QUESTION, misspelled);
        assertEquals(misspelled, QuestionRewrites.misspelled(QUESTION));
        int lengthDifference = QUESTION.length() - misspelled.length();
        assertTrue(lengthDifference == 0 || lengthDifference == 1);
    }

    @Test
    void leavesQuestionsWithoutLongWordsAsTheyAre() {
        assertEquals("Pacs en ville ?", QuestionRewrites.misspelled("Pacs en ville ?"));
    }
}
