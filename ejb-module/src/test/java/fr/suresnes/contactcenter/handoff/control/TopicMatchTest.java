package fr.suresnes.contactcenter.handoff.control;

import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class TopicMatchTest {

    private static final List<ContactQueue> QUEUES = DefaultQueues.INITIAL;

    private static Optional<String> codeFor(List<String> said, List<String> cited) {
        return TopicMatch.best(QUEUES, said, cited).map(ContactQueue::getCode);
    }

    @Test
    void whatTheCitizenWroteChoosesTheQueueWithoutAccentsOrCapitals() {
        assertEquals(Optional.of("ETAT_CIVIL_PAPIERS"), codeFor(List.of("J'ai perdu ma CARTE D'IDENTITE"), List.of()));
        assertEquals(Optional.of("ELECTIONS"), codeFor(List.of("comment faire une procuration pour voter ?"), List.of()));
        assertEquals(Optional.of("PROPRETE_VOIRIE"), codeFor(List.of("il y a un nid de poule rue de Verdun"), List.of()));
        assertEquals(Optional.of("ECOLES_ENFANCE"), codeFor(List.of("inscription à la cantine de l'école"), List.of()));
    }

    @Test
    void theDocumentsTheBotCitedHelpWhenTheCitizenSaidLittle() {
        assertEquals(Optional.of("URBANISME"), codeFor(List.of("je veux parler à quelqu'un"),
                List.of("Déclaration préalable de travaux (DP) Où s'adresser")));
    }

    @Test
    void theCitizensWordsOutweighTheCitedDocuments() {
        assertEquals(Optional.of("ELECTIONS"), codeFor(List.of("c'est pour une procuration"),
                List.of("Carte d'identité d'un majeur : première demande")));
    }

    @Test
    void keywordsMatchWholeWordsOnlyAndNothingMatchedMeansNoQueue() {
        assertEquals(Optional.empty(), codeFor(List.of("un attribut de la tribu"), List.of()), "« tri » is not in « tribu »");
        assertEquals(Optional.empty(), codeFor(List.of("bonjour, j'ai une question"), List.of()));
    }
}
