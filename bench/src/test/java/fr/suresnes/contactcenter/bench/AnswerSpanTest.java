package fr.suresnes.contactcenter.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerSpanTest {

    @Test
    void comparesWordsWhateverTheCaseAccentsPunctuationAndSpacing() {
        assertEquals("a partir d un certain montant 25 ttc", AnswerSpan.words("À partir d’un certain montant ( 25 €  TTC)"));
        assertTrue(AnswerSpan.isIn("À partir d'un certain montant ( 25 €  TTC), l'hôtelier",
                "D'après la fiche :\nA partir d’un certain montant (25 € TTC), l’hotelier doit remettre une facture."));
    }

    @Test
    void findsWholeWordsOnly() {
        assertFalse(AnswerSpan.isIn("cent euros", "Il faut deux cent eurosx."));
        assertFalse(AnswerSpan.isIn(" ( ) ", "anything"));
    }

    @Test
    void looselyNeedsThreeQuartersOfTheSpansDistinctWords() {
        String span = "vous pouvez choisir de conserver le véhicule";
        assertTrue(AnswerSpan.isMostlyIn(span, "Vous pouvez conserver le véhicule de location."));
        assertFalse(AnswerSpan.isMostlyIn(span, "Vous pouvez rendre la voiture."));
    }
}
