package fr.suresnes.contactcenter.voice.spoken;

import fr.suresnes.contactcenter.conversation.answer.Choice;
import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import fr.suresnes.contactcenter.conversation.boundary.BotTurn;
import fr.suresnes.contactcenter.conversation.entity.CitedSource;
import fr.suresnes.contactcenter.conversation.policy.Decision;
import fr.suresnes.contactcenter.conversation.policy.DialogPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class SpokenAnswersTest {

    private static final CitedSource PASSPORT = new CitedSource(1, 2, 3, "F14929", "Passeport d'un majeur", "Coût",
            "https://www.service-public.fr/particuliers/vosdroits/F14929");
    private static final CitedSource CITY_ACT = new CitedSource(4, 5, 6, "delib_2014_04_24/2014-04-24.pdf",
            "Délibération du conseil municipal", null, null);

    @Test
    void namesTheFicheAndItsSiteAloudAndSaysWhereToFindItInsteadOfTheLink() {
        SpokenReply spoken = SpokenAnswers.of(new BotTurn.Reply("""
                D'après « Passeport d'un majeur » :
                Coût : Le passeport coûte 86 € en timbre fiscal. Voir https://timbres.impots.gouv.fr/ pour l'acheter.""",
                List.of(), List.of(PASSPORT)));

        assertEquals(List.of(
                "D'après la fiche « Passeport d'un majeur » de service-public.fr :",
                "Coût : Le passeport coûte quatre-vingt-six euros en timbre fiscal.",
                "Voir timbres.impots.gouv.fr pour l'acheter.",
                "Vous retrouverez cette fiche sur service-public.fr, en cherchant « Passeport d'un majeur »."),
                spoken.sentences());
        assertFalse(spoken.text().contains("http"), spoken.text());
        assertTrue(spoken.options().isEmpty());
    }

    @Test
    void aListIsSaidAsOneSentence() {
        SpokenReply spoken = SpokenAnswers.of(new BotTurn.Reply("""
                D'après « Passeport d'un majeur » :
                Pièces à fournir :
                - Une photo d'identité de moins de 6 mois
                - Un justificatif de domicile
                - L'ancien passeport.""", List.of(), List.of(PASSPORT)));

        assertEquals("Pièces à fournir : Une photo d'identité de moins de six mois ; Un justificatif de domicile ;"
                + " et L'ancien passeport.", spoken.sentences().get(1));
        assertTrue(spoken.sentences().stream().noneMatch(sentence -> sentence.startsWith("-")));
    }

    @Test
    void aDocumentWithoutLinkIsNamedWithoutSite() {
        SpokenReply spoken = SpokenAnswers.of(new BotTurn.Reply("""
                D'après « Délibération du conseil municipal » :
                Article 1er : Le tarif est fixé à 3,50 € par repas.""", List.of(), List.of(CITY_ACT)));

        assertEquals(List.of("D'après le document « Délibération du conseil municipal » :",
                "Article premier : Le tarif est fixé à trois euros cinquante par repas."), spoken.sentences());
    }

    @Test
    void choicesBecomeOneQuestionWithAKeyEachAndThePersonOnZero() {
        SpokenReply spoken = SpokenAnswers.of(new BotTurn.Reply("Votre situation :",
                List.of(new Choice("Pour un majeur", "Pour un majeur"), new Choice("Pour un mineur", "Pour un mineur"),
                        new Choice("Parler à un conseiller", Assistant.ADVISOR_PAYLOAD)), List.of(PASSPORT)));

        assertEquals(List.of("Votre situation :", "Pour un majeur : tapez un.", "Pour un mineur : tapez deux.",
                "Parler à un conseiller : tapez zéro."), spoken.sentences());
        assertEquals(List.of('1', '2', '0'), spoken.options().stream().map(SpokenOption::key).toList());
        assertEquals("Pour un mineur", SpokenOption.pressed(List.of(new Choice("Pour un majeur", "Pour un majeur"),
                new Choice("Pour un mineur", "Pour un mineur")), '2').orElseThrow().payload());
        assertTrue(SpokenOption.pressed(List.of(new Choice("Pour un majeur", "Pour un majeur")), '5').isEmpty());
    }

    @Test
    void theQuestionComesLastAfterWhereToFindTheFiche() {
        SpokenReply spoken = SpokenAnswers.of(new BotTurn.Reply("""
                Je ne suis pas sûr de pouvoir répondre à votre question. Voici les documents les plus proches :
                - Passeport d'un majeur
                - Délibération du conseil municipal
                Souhaitez-vous parler à un conseiller ?""",
                List.of(new Choice("Parler à un conseiller", Assistant.ADVISOR_PAYLOAD)), List.of(PASSPORT, CITY_ACT)));

        assertEquals(List.of("Je ne suis pas sûr de pouvoir répondre à votre question.",
                "Voici les documents les plus proches : Passeport d'un majeur ; et Délibération du conseil municipal.",
                "Souhaitez-vous parler à un conseiller ?", "Parler à un conseiller : tapez zéro."), spoken.sentences());
    }

    @Test
    void theEmergencyNumbersAreSaidAsTheyAreDialled() {
        Decision.Emergency emergency = (Decision.Emergency) new DialogPolicy().decide("je veux en finir", List.of());

        String spoken = SpokenAnswers.of(new BotTurn.Reply(emergency.reply(), List.of(), List.of())).text();

        assertTrue(spoken.contains("trente-et-un, quatorze"), spoken);
        assertTrue(spoken.contains("vingt-quatre heures sur vingt-quatre"), spoken);
        assertFalse(spoken.matches("(?s).*\\d.*"), "no figure left for the speech engine to guess: " + spoken);
    }

    @Test
    void aLongAnswerIsCutAndTheCallerSentToTheFiche() {
        String longText = "D'après « Passeport d'un majeur » :\n" + String.join("\n",
                IntStream.rangeClosed(1, 12).mapToObj(i -> "Phrase numéro " + i + ".").toList());

        List<String> sentences = SpokenAnswers.of(new BotTurn.Reply(longText, List.of(), List.of(PASSPORT))).sentences();

        assertEquals(SpokenAnswers.MAX_STATEMENTS + 2, sentences.size(), sentences.toString());
        assertTrue(sentences.get(sentences.size() - 1).startsWith("Vous retrouverez cette fiche sur service-public.fr"));
    }
}
