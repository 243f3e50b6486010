package fr.suresnes.contactcenter.conversation.answer;

import static fr.suresnes.contactcenter.conversation.answer.Passages.ALL;
import static fr.suresnes.contactcenter.conversation.answer.Passages.DISTRESS;
import static fr.suresnes.contactcenter.conversation.answer.Passages.PASSPORT;
import static fr.suresnes.contactcenter.conversation.answer.Passages.WASTE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GroundingCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Le timbre fiscal coûte 86 euros pour un majeur [1].",
            "Pour un mineur de 15 ans et plus, le timbre coûte 42 € [1].",
            "Comptez 42,00\u202f€ pour un mineur [1].",
            "Le passeport est prêt environ 15 jours après le rendez-vous [1].",
            "Appelez le 01.41.18.19.20 ou le +33 1 41 18 19 20 [1].",
            "Prenez rendez-vous sur suresnes.fr [1] ou sur www.suresnes.fr/rendez-vous-passeport [1].",
            "Les encombrants sont collectés le 12 mars, de 8h00 à 12h [2].",
            "Écrivez à proprete@ville-suresnes.fr [2].",
            "Appelez le 3114 [3] ; pour un hébergement, le 115 [3].",
            "Le timbre coûte 86 € [1, 3], et en cas de détresse appelez le 3114 [3].",
            "Voici les étapes :\n1. Prenez rendez-vous [1].\n2. Payez le timbre de 86 € [1]."})
    void acceptsAnAnswerWhoseFactsAreInThePassagesItCites(String answer) {
        assertEquals(Optional.empty(), GroundingCheck.check(answer, ALL).rejection());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le timbre fiscal coûte 89 € [1].|montant absent des sources (89 €)",
            "Le timbre coûte 86 € et la photo 10 euros [1].|montant absent des sources (10 €)",
            "Appelez le 01 41 18 19 21 [1].|numéro de téléphone absent des sources (0141181921)",
            "Appelez le 3939 [1].|nombre absent des sources (3939)",
            "Le passeport est prêt en trois semaines [1].|délai absent des sources (3 semaine)",
            "Le passeport est prêt en 10 jours [1].|délai absent des sources (10 jour)",
            "La collecte a lieu le 13 mars [2].|date absente des sources (13/3)",
            "La collecte a lieu le 12 mars 2026 [2].|date absente des sources (12/3/2026)",
            "La collecte commence à 9 h [2].|horaire absent des sources (9h00)",
            "Écrivez à mairie@ville-suresnes.fr [2].|adresse électronique absente des sources (mairie@ville-suresnes.fr)",
            "Voyez https://www.service-public.fr/particuliers [1].|lien absent des sources (service-public.fr/particuliers)",
            "Le timbre fiscal coûte 86 € [2].|montant absent des sources (86 €)",
            "Le timbre fiscal coûte 86 €.|aucune source citée",
            "Je ne sais pas.|aucune source citée",
            "Le timbre fiscal coûte 86 € [1][7].|source [7] inexistante",
            "Le timbre fiscal coûte 86 € [0].|source [0] inexistante"})
    void rejectsAnAnswerStatingWhatItsCitedPassagesDoNot(String answer, String reason) {
        assertEquals(Optional.of(reason), GroundingCheck.check(answer, ALL).rejection());
    }

    @Test
    void rejectsAnEmptyAnswer() {
        assertEquals(Optional.of("réponse vide"), GroundingCheck.check(" \n", ALL).rejection());
    }

    @Test
    void listsTheCitedPassagesInTheOrderTheyAreFirstCited() {
        assertEquals(List.of(DISTRESS, PASSPORT),
                GroundingCheck.check("Appelez le 115 [3]. Le passeport [1] se prépare [3].", ALL).cited());
        assertEquals(List.of(WASTE), GroundingCheck.check("Collecte des encombrants [2].", ALL).cited());
    }
}
