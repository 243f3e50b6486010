package fr.suresnes.contactcenter.conversation.policy;

/** Phrase patterns naming a person: someone in a situation (« ma mère est tombée ») or a person of the city. */
final class Person {

    private static final String RELATIVE = "(?:pere|mere|mari|femme|fils|fille|frere|soeur|grand pere|grand mere|papi|papy|"
            + "mamie|voisin|voisine|ami|amie|copain|copine|compagnon|compagne|conjoint|conjointe|enfant|bebe|oncle|tante|"
            + "collegue|colocataire|patient|patiente)";

    /** « il », « ma voisine », « quelqu'un », « une dame »… */
    static final String ANYONE = "(?:il|elle|quelqu un|une personne|un homme|une femme|un monsieur|une dame|papa|maman|"
            + "(?:mon|ma|notre|son|sa|un|une) " + RELATIVE + ")";

    /** « conseiller », « agent », « humain », « quelqu'un »… */
    static final String CITY_AGENT = "(?:conseiller|conseillere|conseillers|agent|agents|humain|humaine|humains|personne reelle|"
            + "personne|quelqu un|operateur|operatrice|interlocuteur|interlocutrice|standardiste|employe|employee|"
            + "fonctionnaire|etre humain)";

    private Person() {
    }
}
