package fr.suresnes.contactcenter.knowledge.reading;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PassageSplitterTest {

    @Test
    void keepsShortParagraphsTogether() {
        List<ImportedPassage> passages = PassageSplitter.split("Coût", 3, List.of("Premier.", "Second."));

        assertEquals(List.of(new ImportedPassage("Coût", 3, "Premier.\nSecond.")), passages);
    }

    @Test
    void cutsALongParagraphAtSentenceEnds() {
        String sentence = "La carte d'identité est gratuite et se demande en mairie, sur rendez-vous, avec une photo récente. ";
        String paragraph = sentence.repeat(40).strip();

        List<ImportedPassage> passages = PassageSplitter.split("Coût", null, List.of(paragraph));

        assertTrue(passages.size() >= 3, "about 4,000 characters");
        for (ImportedPassage passage : passages) {
            assertEquals("Coût", passage.sectionPath());
            assertTrue(passage.content().length() <= PassageSplitter.MAX_CHARS);
            assertTrue(passage.content().endsWith("photo récente."), "cut after a sentence");
        }
        assertEquals(paragraph.length(), passages.stream().mapToInt(p -> p.content().length() + 1).sum() - 1);
    }

    @Test
    void cutsBetweenWordsWhenASentenceNeverEnds() {
        String endless = "mot ".repeat(1000).strip();

        List<ImportedPassage> passages = PassageSplitter.split("", null, List.of(endless));

        assertTrue(passages.size() >= 3);
        assertTrue(passages.stream().allMatch(p -> p.content().length() <= PassageSplitter.MAX_CHARS && !p.content().contains("mo ")));
    }
}
