package fr.suresnes.contactcenter.bench;

import java.util.List;
import java.util.Set;

/**
 * Questions written the way citizens ask them at the counter or on the phone, each labelled with every fiche of the
 * corpus that answers it (checked in service-public-index.tsv and in the fiches).
 */
final class ColloquialQuestions {

    static final String NAME = "colloquial";

    private ColloquialQuestions() {
    }

    static QuestionSet all() {
        return new QuestionSet(NAME, List.of(
                ask("j'ai perdu ma carte d'identité", "F1344"),
                ask("comment refaire mon passeport", "F21091"),
                ask("inscription sur les listes electorales", "F1367", "F1372"),
                ask("pacs mairie", "F1618"),
                ask("acte de naissance en ligne", "F1427"),
                ask("permis de construire delai", "F1986"),
                ask("on m'a volé mon passeport", "F21247"),
                ask("je veux me marier a la mairie", "F930"),
                ask("mon fils a 16 ans il doit se faire recenser ?", "F870"),
                ask("papiers pour inscrire mon fils en maternelle", "F1864"),
                ask("mon pere est decede qu'est ce que je dois faire", "F909", "F16507"),
                ask("combien ça coûte un passeport", "F34752"),
                ask("j'ai perdu mon livret de famille", "F11994"),
                ask("tarif cantine ecole", "F24570"),
                ask("ma carte d'identité est périmée", "F21089"),
                ask("reconnaitre mon bébé avant la naissance", "F887"),
                ask("mon fils part en voyage scolaire sans nous, il lui faut une autorisation ?", "F1359"),
                ask("je déménage, je dois changer ma carte d'identité ?", "F21224"),
                ask("prendre le nom de mon mari", "F868"),
                ask("construire un abri de jardin, quelle autorisation ?", "F662", "F31471", "F17578"),
                ask("faire venir ma famille étrangère, papier d'accueil", "F2191"),
                ask("mon voisin fait trop de bruit", "F612"),
                ask("où jeter mon vieux frigo", "F31955", "F31954", "F35213"),
                ask("carte pour se garer devant chez moi", "F33963")));
    }

    private static LabelledQuestion ask(String question, String... answeringIds) {
        return new LabelledQuestion(question, Set.of(answeringIds));
    }
}
