package fr.suresnes.contactcenter.voice.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpokenLengthTest {

    @Test
    void keepsAShortTextWhole() {
        assertEquals("Bonjour.", SpokenLength.atMost("  Bonjour. ", 20));
    }

    @Test
    void endsALongTextAtItsLastWholeSentence() {
        assertEquals("Première phrase. Deuxième ?", SpokenLength.atMost("Première phrase. Deuxième ? Troisième phrase.", 35));
    }

    @Test
    void endsAtAWordWithoutASentenceEnd() {
        assertEquals("une très longue", SpokenLength.atMost("une très longue phrase sans fin", 18));
    }
}
