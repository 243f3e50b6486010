package fr.suresnes.contactcenter.assist.control;

import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.conversation.entity.CitedSource;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RequestSummaryTest {

    private final Conversation conversation = new Conversation(Citizen.anonymous(), Channel.WEB_CHAT, "hash");

    @Test
    void keepsTheQuestionsLeavesOutCourtesiesAndSaysWhyAPersonWasAsked() {
        citizen("Bonjour");
        citizen("j'ai perdu ma carte d'identité");
        bot("D'après « Carte d'identité d'un majeur : en cas de perte » : …", 0.8, source("F1344", "Carte d'identité d'un majeur : en cas de perte"));
        citizen("et pour un mineur ?");
        bot("D'après « Carte nationale d'identité d'un mineur : en cas de perte » : …", 0.7,
                source("F1153", "Carte nationale d'identité d'un mineur : en cas de perte"),
                source("F1344", "Carte d'identité d'un majeur : en cas de perte"));
        citizen("merci");
        citizen("je veux parler à un conseiller");

        RequestSummary summary = RequestSummary.of(conversation.getMessages());

        assertEquals(List.of("j'ai perdu ma carte d'identité", "et pour un mineur ?"), summary.questions());
        assertTrue(summary.searchQuestion().contains("carte d'identité") && summary.searchQuestion().contains("mineur"),
                "the follow-up is searched with the question it follows: " + summary.searchQuestion());
        assertEquals(List.of("F1344", "F1153"), summary.cited().stream().map(CitedSource::getSourceId).toList());
        assertEquals("L'usager a demandé à parler à un conseiller.", summary.handoverReason());
        assertEquals("j'ai perdu ma carte d'identité", summary.oneLine());
    }

    @Test
    void aCaseFileIsTheRequestAndTheReasonAndIsSearchedAsWritten() {
        citizen("Où en est mon dossier de permis de construire n° PC09207324 ?");

        RequestSummary summary = RequestSummary.of(conversation.getMessages());

        assertEquals(List.of("Où en est mon dossier de permis de construire n° PC09207324 ?"), summary.questions());
        assertEquals("Où en est mon dossier de permis de construire n° PC09207324 ?", summary.searchQuestion());
        assertTrue(summary.handoverReason().contains("dossier"), summary.handoverReason());
    }

    @Test
    void anEmergencyOutweighsEveryOtherReason() {
        citizen("je veux un conseiller");
        citizen("ma mère est tombée et elle ne se relève pas");

        assertTrue(RequestSummary.of(conversation.getMessages()).handoverReason().startsWith("Détresse ou urgence"));
    }

    @Test
    void whenTheBotWasUnsureTheButtonForAPersonSaysSo() {
        citizen("combien coûte la cantine pour un quotient familial C ?");
        bot("Je ne suis pas sûr de pouvoir répondre à votre question.", 0.2);

        RequestSummary summary = RequestSummary.of(conversation.getMessages());

        assertTrue(summary.handoverReason().startsWith("L'assistant n'était pas sûr"), summary.handoverReason());
        assertEquals("combien coûte la cantine pour un quotient familial C ?", summary.searchQuestion());
    }

    @Test
    void aLongQuestionIsCutForTheQueueAndNoQuestionLeavesTheLineEmpty() {
        citizen("Je voudrais savoir " + "comment inscrire mon enfant à l'école ".repeat(6));
        assertEquals(RequestSummary.ONE_LINE_LENGTH + 1, RequestSummary.of(conversation.getMessages()).oneLine().length());

        Conversation greetingOnly = new Conversation(Citizen.anonymous(), Channel.WEB_CHAT, "other");
        greetingOnly.append(MessageAuthor.CITIZEN, "bonjour");
        RequestSummary empty = RequestSummary.of(greetingOnly.getMessages());
        assertEquals("", empty.oneLine());
        assertTrue(empty.search().isEmpty());
    }

    private void citizen(String text) {
        conversation.append(MessageAuthor.CITIZEN, text);
    }

    private void bot(String text, double confidence, CitedSource... sources) {
        conversation.append(MessageAuthor.BOT, null, text, confidence, List.of(sources), List.of());
    }

    private static CitedSource source(String sourceId, String title) {
        return new CitedSource(1, 2, 3, sourceId, title, null, "https://www.service-public.fr/particuliers/vosdroits/" + sourceId);
    }
}
