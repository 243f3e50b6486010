package fr.suresnes.contactcenter.conversation.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PassageUnitsTest {

    @Test
    void sentencesAreCutAndListsKeptWhole() {
        List<String> units = PassageUnits.of("""
                Il faut présenter les documents originaux. Attention : le service peut exiger un rendez-vous.
                - Votre passeport
                - Justificatif de domicile
                Elle doit être retirée dans un délai de 3 mois suivant sa mise à disposition.""");

        assertEquals(List.of("Il faut présenter les documents originaux.", "Attention : le service peut exiger un rendez-vous.",
                "- Votre passeport\n- Justificatif de domicile",
                "Elle doit être retirée dans un délai de 3 mois suivant sa mise à disposition."), units);
    }

    @Test
    void textGluedByATableIsLeftOut() {
        assertEquals(List.of("Pièces à fournir selon le modèle de passeport"), PassageUnits.of("""
                Pièces à fournir selon le modèle de passeport
                PasseportJustificatif de domicileUne photo d'identité récente"""));
    }
}
