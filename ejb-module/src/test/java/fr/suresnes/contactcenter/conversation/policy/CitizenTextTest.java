package fr.suresnes.contactcenter.conversation.policy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CitizenTextTest {

    @Test
    void foldsSpellsOutSmsAndCorrectsTyposInListenedWords() {
        assertEquals("je veux parler a quelqu un s il vous plait", CitizenText.normalize("Jveux parlé à qqn SVP !!"));
        assertEquals("un conseiller", CitizenText.normalize("un conseiler"));
        assertEquals("ou en est mon dossier", CitizenText.normalize("Où en est mon dosier ?"));
        assertEquals("bonjour", CitizenText.normalize("Bojnour"));
    }

    @Test
    void oneEditIsAnInsertionADeletionASubstitutionOrASwap() {
        assertTrue(CitizenText.oneEditApart("conseiler", "conseiller"));
        assertTrue(CitizenText.oneEditApart("conseillerr", "conseiller"));
        assertTrue(CitizenText.oneEditApart("conseillre", "conseiller"));
        assertTrue(CitizenText.oneEditApart("conseillor", "conseiller"));
        assertFalse(CitizenText.oneEditApart("conseil", "conseiller"));
        assertFalse(CitizenText.oneEditApart("conseiller", "conseiller"));
    }

    @Test
    void wordsOutsideTheListAreLeftAlone() {
        assertEquals("je veux nourir mon chat", CitizenText.normalize("je veux nourir mon chat"));
    }
}
