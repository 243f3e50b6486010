package fr.suresnes.contactcenter.voice.call.boundary;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class CallScriptTest {

    @Test
    void firstAKindRepromptThenTheMenuTwiceThenAPerson() {
        List<CallTurn> turns = List.of(CallScript.afterMiss(1, true, "URBANISME"), CallScript.afterMiss(2, true, "URBANISME"),
                CallScript.afterMiss(3, false, "URBANISME"), CallScript.afterMiss(4, true, "URBANISME"));

        assertEquals(List.of(CallTurn.Next.QUESTION, CallTurn.Next.MENU, CallTurn.Next.MENU, CallTurn.Next.TRANSFER),
                turns.stream().map(CallTurn::next).toList());
        assertEquals(List.of(CallScript.NOT_HEARD, CallScript.ASK_AGAIN), turns.get(0).said());
        assertEquals(CallScript.menu(), turns.get(1).said());
        assertEquals(CallScript.NOT_UNDERSTOOD, turns.get(2).said().get(0));
        assertTrue(turns.stream().allMatch(turn -> "URBANISME".equals(turn.topic())), "the topic is carried on");
    }

    @Test
    void closedTheCallerHearsWhenTheCenterOpensAndWhetherTheyWillBeCalledBack() {
        List<String> withNumber = CallScript.closed("le lundi de 8 h 30 à 12 h", Optional.of("lundi à 8 h 30"),
                Optional.of("06 12 34 56 78"));
        List<String> withheld = CallScript.closed("le lundi de 8 h 30 à 12 h", Optional.empty(), Optional.empty());

        assertEquals(List.of("Nos conseillers ne sont pas disponibles en ce moment : le centre de contacts est ouvert le"
                        + " lundi de 8 h 30 à 12 h.", "Votre demande est enregistrée avec notre échange, et un conseiller"
                        + " vous rappellera au 06 12 34 56 78 dès la réouverture, lundi à 8 h 30.", CallScript.GOODBYE),
                withNumber);
        assertEquals("Votre demande est enregistrée avec notre échange : un conseiller la reprendra dès la réouverture.",
                withheld.get(1));
    }

    @Test
    void theMenuSaysEveryKeyInWords() {
        String menu = String.join(" ", CallScript.menu());

        assertTrue(menu.contains("Pour les papiers d'identité, tapez un."), menu);
        assertTrue(menu.contains("Pour la propreté et la voirie, tapez sept."), menu);
        assertTrue(menu.endsWith("Pour parler à un conseiller, tapez zéro."), menu);
        assertFalse(menu.matches(".*\\d.*"), "no figure left for the speech engine to guess: " + menu);
    }
}
