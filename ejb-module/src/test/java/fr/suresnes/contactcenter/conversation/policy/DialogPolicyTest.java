package fr.suresnes.contactcenter.conversation.policy;

import fr.suresnes.contactcenter.conversation.policy.Decision.Emergency;
import fr.suresnes.contactcenter.conversation.policy.Decision.HumanRequested;
import fr.suresnes.contactcenter.conversation.policy.Decision.KnowledgeQuestion;
import fr.suresnes.contactcenter.conversation.policy.Decision.SmallTalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DialogPolicyTest {

    private final DialogPolicy policy = new DialogPolicy();

    private Decision decide(String message) {
        return policy.decide(message, List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ma mère est tombée et elle n'arrive pas à se relever | MEDICAL",
            "je suis tombe dans l escalier | MEDICAL",
            "mon voisin a fait un malaise | MEDICAL",
            "il ne respire plus | MEDICAL",
            "ma grand mere s'est evanouie | MEDICAL",
            "mon mari me frappe | VIOLENCE",
            "je me suis fait agresser devant la mairie | VIOLENCE",
            "il m'a frappée hier soir et il revient | VIOLENCE",
            "violences conjugales, j'ai peur | VIOLENCE",
            "j'ai envie de mourir | SUICIDAL_THOUGHTS",
            "je veux me suicider | SUICIDAL_THOUGHTS",
            "jveux en finir | SUICIDAL_THOUGHTS",
            "j'ai des idées noires | SUICIDAL_THOUGHTS",
            "Je n'ai plus envie de vivre | SUICIDAL_THOUGHTS",
            "mon voisin frappe son fils tous les soirs | CHILD_IN_DANGER",
            "un enfant est en danger dans mon immeuble | CHILD_IN_DANGER",
            "ma fille a été maltraitée | CHILD_IN_DANGER",
            "je suis à la rue ce soir | HOMELESS_TONIGHT",
            "je ne sais pas ou dormir cette nuit | HOMELESS_TONIGHT",
            "on va dormir dehors avec les enfants | HOMELESS_TONIGHT",
            "AU FEU il y a de la fumée partout | FIRE",
            "ça sent le gaz, odeur de gaz dans l'immeuble | FIRE",
            "au secours | OTHER_DANGER",
    })
    void distressGetsTheEmergencyNumbersFirst(String message, EmergencyKind kind) {
        Decision decision = decide(message);

        Emergency emergency = assertInstanceOf(Emergency.class, decision, message);
        assertEquals(kind, emergency.kind(), message);
        assertTrue(emergency.reply().contains("agent de la Ville"), "a person is alerted");
    }

    @Test
    void eachEmergencyGivesItsOwnNumbersThenTheEuropeanNumber() {
        assertNumbers("je veux me suicider", "3114", "15", "112", "114");
        assertNumbers("je suis tombée, je ne peux pas me relever", "15", "18", "112", "114");
        assertNumbers("mon conjoint me menace", "17", "112", "114");
        assertNumbers("je dors dehors ce soir", "115", "112", "114");
        assertNumbers("il frappe son enfant", "119", "17", "112", "114");
        assertNumbers("il y a le feu chez moi", "18", "112", "114");
    }

    private void assertNumbers(String message, String... numbers) {
        Emergency emergency = assertInstanceOf(Emergency.class, decide(message));
        assertEquals(List.of(numbers), emergency.kind().numbers().stream().map(EmergencyNumber::number).toList());
        int previous = -1;
        for (String number : numbers) {
            int at = emergency.reply().indexOf("- " + number + " : ");
            assertTrue(at > previous, number + " in order in " + emergency.reply());
            previous = at;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "comment déclarer une chute de neige ?",
            "le numéro 115 c'est quoi",
            "à quoi sert le 3114 ?",
            "ma carte d'identité est tombée dans l'eau, comment la refaire ?",
            "combien de temps pour refaire un passeport après une chute de cheveux",
            "que faire en cas de perte de ma carte d'identité",
            "comment inscrire mon enfant à la cantine ?",
            "les violences du vent ont abîmé ma clôture, faut-il une déclaration de travaux ?",
            "où dormir à Suresnes : liste des hôtels",
            "comment porter plainte pour un vol ?",
            "comment prendre rendez-vous pour un passeport ?",
            "quels documents pour constituer le dossier de permis de construire ?",
            "comment devenir conseiller municipal ?",
            "comment suivre ma demande de passeport sur le site de l'ANTS ?",
            "le formulaire cerfa n°14011*02 c'est quoi ?",
            "bonjour, comment refaire mon passeport ?",
            "Bonjour madame, je voudrais une carte d'identité pour mon fils",
            "un bulletin nul est-il compté ?",
    })
    void knowledgeQuestionsThatMerelyContainAWordStayQuestions(String message) {
        assertInstanceOf(KnowledgeQuestion.class, decide(message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "je veux parler à un conseiller | EXPLICIT",
            "jveux parler a qqn | EXPLICIT",
            "un humain svp | EXPLICIT",
            "conseiller | EXPLICIT",
            "CONSEILER SVP | EXPLICIT",
            "je voudrais parler a une vraie personne | EXPLICIT",
            "passez-moi un agent | EXPLICIT",
            "je ne veux pas parler à un robot | EXPLICIT",
            "est-ce que je peux parler avec quelqu'un ? | EXPLICIT",
            "mettez moi en relation avec la mairie | EXPLICIT",
            "vous êtes vraiment nul | ANGER",
            "c'est scandaleux, ça fait trois semaines | ANGER",
            "ras le bol de ce site | ANGER",
            "putain ça marche pas | ANGER",
            "JE VEUX MA CARTE D'IDENTITE MAINTENANT !!! | ANGER",
            "où en est mon dossier ? | CASE_FILE",
            "ou en est ma demande de passeport | CASE_FILE",
            "dossier n° 2024-00123 | CASE_FILE",
            "ma demande est bloquée depuis un mois | CASE_FILE",
            "j'ai toujours pas reçu de réponse | CASE_FILE",
            "je veux faire une réclamation | COMPLAINT",
            "je souhaite me plaindre de l'accueil | COMPLAINT",
            "je suis très mécontent du service état civil | COMPLAINT",
            "je dois annuler mon rendez-vous de jeudi | APPOINTMENT",
            "changer mon rdv pour le passeport | APPOINTMENT",
            "je ne pourrai pas venir à mon rendez-vous | APPOINTMENT",
    })
    void aPersonTakesOverWhenTheBotCannotHelp(String message, HumanReason reason) {
        HumanRequested human = assertInstanceOf(HumanRequested.class, decide(message), message);
        assertEquals(reason, human.reason(), message);
        assertTrue(human.reply().contains("conseiller"), human.reply());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bonjour | GREETING",
            "bjr | GREETING",
            "bonsoir madame | GREETING",
            "Salut ! | GREETING",
            "merci | THANKS",
            "Merci beaucoup pour votre aide ! | THANKS",
            "mrc bcp | THANKS",
            "super merci c'est très clair | THANKS",
            "au revoir | GOODBYE",
            "merci, au revoir | GOODBYE",
            "bonne journée à vous | GOODBYE",
            "aurevoir et merci | GOODBYE",
            "a bientot | GOODBYE",
    })
    void courtesyIsAnsweredBriefly(String message, SmallTalkKind kind) {
        SmallTalk smallTalk = assertInstanceOf(SmallTalk.class, decide(message), message);
        assertEquals(kind, smallTalk.kind(), message);
        assertTrue(smallTalk.reply().length() < 60);
    }

    @Test
    void aQuestionAfterAGreetingIsSearchedWithoutTheGreeting() {
        KnowledgeQuestion question = assertInstanceOf(KnowledgeQuestion.class, decide("Bonjour, comment refaire mon passeport ?"));

        assertEquals("comment refaire mon passeport ?", question.searchText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"et pour un mineur ?", "Et à l'étranger ?", "combien ça coûte ?", "c'est gratuit ?",
            "pour mon fils de 8 ans", "mineur", "Cas : Entre 0 et 12 ans", "quels papiers faut-il ?", "et si je l'ai perdue ?",
            "merci, et pour un mineur ?"})
    void anEllipticFollowUpIsMergedWithThePreviousQuestion(String followUp) {
        Decision decision = policy.decide(followUp, List.of("Bonjour", "Comment faire une carte d'identité ?"));

        KnowledgeQuestion question = assertInstanceOf(KnowledgeQuestion.class, decision, followUp);
        assertTrue(question.searchText().startsWith("Comment faire une carte d'identité ? "), question.searchText());
        assertTrue(question.searchText().length() > "Comment faire une carte d'identité ? ".length());
    }

    @Test
    void followUpsChainOnTheWholeConversation() {
        Decision decision = policy.decide("combien ça coûte ?",
                List.of("comment refaire une carte d'identité", "merci", "et pour un mineur ?"));

        assertEquals("comment refaire une carte d'identité et pour un mineur ? combien ça coûte ?",
                assertInstanceOf(KnowledgeQuestion.class, decision).searchText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"combien coûte un passeport ?", "comment s'inscrire sur les listes électorales ?",
            "pour refaire mon passeport il faut quoi ?"})
    void aQuestionWithItsOwnTopicIsNotMerged(String message) {
        Decision decision = policy.decide(message, List.of("Comment faire une carte d'identité ?"));

        assertEquals(message, assertInstanceOf(KnowledgeQuestion.class, decision).searchText());
    }

    @Test
    void aFollowUpWithoutAnEarlierQuestionIsSearchedAsItIs() {
        assertEquals("et pour un mineur ?",
                assertInstanceOf(KnowledgeQuestion.class, policy.decide("et pour un mineur ?", List.of("bonjour"))).searchText());
    }

    @Test
    void theAdvisorButtonOfTheComposerReachesAPerson() {
        assertEquals(HumanReason.EXPLICIT, assertInstanceOf(HumanRequested.class, decide("conseiller")).reason());
    }
}
