package fr.suresnes.contactcenter.bench;

import java.util.List;
import java.util.Set;

/**
 * Two-turn conversations: a first question, then a follow-up that only makes sense after it (« et pour un mineur ? »,
 * « combien ça coûte ? »), labelled with every fiche of the corpus that answers the follow-up in the context of the
 * first question (checked in the fiches' titles and chapters).
 */
final class FollowUpQuestions {

    static final String NAME = "follow-ups (2nd turn)";

    private FollowUpQuestions() {
    }

    static TurnSet all() {
        return new TurnSet(NAME, List.of(
                followUp("j'ai perdu ma carte d'identité", "et pour un mineur ?", "F1153"),
                followUp("j'ai perdu ma carte d'identité", "et si on me l'a volée ?", "F1759"),
                followUp("comment faire une première demande de passeport", "combien ça coûte ?", "F14929", "F34752"),
                followUp("renouvellement de passeport", "et pour mon fils de 10 ans ?", "F21092"),
                followUp("passeport perdu", "et pour un mineur ?", "F21244"),
                followUp("passeport en urgence", "et pour un enfant ?", "F1035"),
                followUp("ma carte d'identité est périmée", "et pour ma fille de 15 ans ?", "F21090"),
                followUp("première carte d'identité pour mon enfant", "combien de temps ça prend ?", "F1342"),
                followUp("faire une carte d'identité", "c'est gratuit ?", "F1341", "F1342", "F21089", "F21090"),
                followUp("je veux me pacser", "quels papiers faut-il fournir ?", "F1618"),
                followUp("mariage à la mairie", "quels documents faut-il apporter ?", "F930"),
                followUp("inscription sur les listes électorales", "et si je déménage ?", "F1372"),
                followUp("comment avoir un acte de naissance", "et un acte de mariage ?", "F1432"),
                followUp("recensement citoyen", "à quel âge ?", "F870"),
                followUp("déclaration de décès", "dans quel délai ?", "F909"),
                followUp("inscription à la cantine scolaire", "c'est combien ?", "F24570")));
    }

    private static LabelledTurn followUp(String first, String followUp, String... answeringIds) {
        return new LabelledTurn(List.of(first), new LabelledQuestion(followUp, Set.of(answeringIds)));
    }
}
