package fr.suresnes.contactcenter.voice.call.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The keys of the city's telephone menu: each topic is put to the assistant as a question (so that it answers from
 * the knowledge base, and the transcript says what the caller chose) and names the queue of its agents.
 */
public enum CallMenu {

    IDENTITY_PAPERS('1', "les papiers d'identité", "carte d'identité et passeport", "ETAT_CIVIL_PAPIERS"),
    CIVIL_STATUS('2', "l'état civil", "acte de naissance, acte de mariage et livret de famille", "ETAT_CIVIL_PAPIERS"),
    TOWN_PLANNING('3', "l'urbanisme", "urbanisme : permis de construire et déclaration préalable de travaux", "URBANISME"),
    SCHOOLS('4', "les écoles et l'enfance", "inscription scolaire, cantine et centre de loisirs", "ECOLES_ENFANCE"),
    ELECTIONS('5', "les élections", "inscription sur les listes électorales et procuration de vote", "ELECTIONS"),
    SOCIAL('6', "l'action sociale", "aide sociale du CCAS", "SOCIAL_SOLIDARITE"),
    CLEANLINESS('7', "la propreté et la voirie", "encombrants, déchets et voirie", "PROPRETE_VOIRIE");

    private final char key;
    private final String label;
    private final String question;
    private final String queueCode;

    CallMenu(char key, String label, String question, String queueCode) {
        this.key = key;
        this.label = label;
        this.question = question;
        this.queueCode = queueCode;
    }

    public static Optional<CallMenu> ofKey(char key) {
        return Arrays.stream(values()).filter(topic -> topic.key == key).findFirst();
    }

    public char key() {
        return key;
    }

    /** as said in the menu: « Pour <label>, tapez 1. » */
    public String label() {
        return label;
    }

    /** what the assistant is asked when the caller presses this key */
    public String question() {
        return question;
    }

    /** a queue code of {@code DefaultQueues} */
    public String queueCode() {
        return queueCode;
    }
}
