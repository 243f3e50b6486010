package fr.suresnes.contactcenter.conversation.answer;

/**
 * Passages of real service-public.fr fiches (DILA, Licence Ouverte 2.0, see demo-corpus/README.md), cut as the
 * import cuts them, with the score a search would give them.
 */
final class Fiches {

    static final long ADULT_CARD = 1341;
    static final long MINOR_CARD = 1342;
    static final long LOST_ADULT_CARD = 1344;
    static final long LOST_MINOR_CARD = 1153;
    static final long ADULT_PASSPORT = 14929;
    /** the service-public.fr folder « Carte d'identité », whose fiches are split « Pour un majeur » / « Pour un mineur » */
    static final Situation FOR_AN_ADULT = new Situation("N358", "Pour un majeur");
    static final Situation FOR_A_MINOR = new Situation("N358", "Pour un mineur");

    private static long nextPassageId = 1;

    private Fiches() {
    }

    static CandidatePassage adultCard(String section, String text, double score) {
        return passage(ADULT_CARD, "F1341", "Carte d'identité d'un majeur : première demande", section, text, score);
    }

    static CandidatePassage minorCard(String section, String text, double score) {
        return passage(MINOR_CARD, "F1342", "Carte d'identité d'un mineur : première demande", section, text, score);
    }

    static CandidatePassage lostAdultCard(String section, String text, double score) {
        return passage(LOST_ADULT_CARD, "F1344", "Carte d'identité d'un majeur : en cas de perte", section, text, score,
                FOR_AN_ADULT);
    }

    static CandidatePassage lostMinorCard(String section, String text, double score) {
        return passage(LOST_MINOR_CARD, "F1153", "Carte nationale d'identité d'un mineur : en cas de perte", section,
                text, score, FOR_A_MINOR);
    }

    static CandidatePassage adultPassport(String section, String text, double score) {
        return passage(ADULT_PASSPORT, "F14929", "Passeport d'un majeur : première demande", section, text, score);
    }

    private static CandidatePassage passage(long documentId, String sourceId, String title, String section, String text,
                                            double score) {
        return passage(documentId, sourceId, title, section, text, score, null);
    }

    private static CandidatePassage passage(long documentId, String sourceId, String title, String section, String text,
                                            double score, Situation situation) {
        long id = nextPassageId++;
        return new CandidatePassage(id, documentId * 10, documentId, sourceId, title,
                "https://www.service-public.fr/particuliers/vosdroits/" + sourceId, section, text, (float) score,
                situation);
    }

    static final String MINOR_WHERE = """
            Tout mineur français peut avoir une carte d’identité quel que soit son âge (même un bébé).
            L'enfant et son responsable doivent se présenter ensemble au guichet. Leur présence est indispensable.
            Le responsable doit exercer l'autorité parentale. Il peut s'agir du père, de la mère ou du tuteur. Il doit présenter sa propre pièce d'identité.
            Le lieu de la demande ne dépend pas du domicile. Vous pouvez vous rendre à n'importe quelle mairie, à condition qu'elle soit équipée d'une station d'enregistrement.
            Où s'adresser : Mairie délivrant des cartes d'identité
            Attention : le service peut exiger que le dépôt du dossier se fasse uniquement sur rendez-vous.""";
    static final String MINOR_WHERE_ABROAD = """
            Tout mineur français peut avoir une carte d'identité quel que soit son âge (même un bébé).
            L'enfant et son responsable doivent se présenter ensemble au guichet. Leur présence est indispensable.
            Où s'adresser : Ambassade ou consulat français à l'étranger
            Si vous souhaitez retirer la carte d'identité auprès d'un consul honoraire habilité, il faut l'indiquer au guichet au moment du dépôt du dossier.""";
    static final String UNDER_TWELVE = "Le responsable signe le talon photo accompagné de la mention le père, la mère ou le tuteur.";
    static final String TWELVE_TO_THIRTEEN = """
            Les empreintes de l'enfant sont prises au guichet.
            Le responsable signe le talon photo, accompagné de la mention le père, la mère ou le tuteur.""";
    static final String FROM_THIRTEEN = """
            Les empreintes de l'enfant sont prises au guichet.
            Si son responsable est d'accord, l'enfant peut signer le talon photo.
            Sinon, c'est le responsable qui appose sa signature, accompagnée de la mention le père, la mère ou le tuteur.""";
    static final String MINOR_VALIDITY = """
            La carte d'identité d'un mineur est valable pendant 10 ans.
            S'il devient majeur avant sa date d'expiration, il peut continuer à l'utiliser. Il n'a pas besoin de demander une nouvelle carte.""";
    static final String ADULT_VALIDITY = "15 ans";
    static final String ADULT_DOCUMENTS_INTRO = "Il faut présenter les documents originaux.";
    static final String WITH_VALID_PASSPORT = """
            - Votre passeport
            - Photo d'identité de moins de 6 mois et conforme aux normes
            - Justificatif de domicile
            - Numéro de pré-demande si vous avez fait cette démarche en ligne (sinon, il faut utiliser le formulaire cartonné disponible au guichet)""";
    static final String WITHOUT_PASSPORT = """
            - Photo d'identité de moins de 6 mois et conforme aux normes
            - Justificatif de domicile
            - Vérifiez si l'état civil du lieu de naissance est dématérialisé. Si ce n'est pas le cas, il faut fournir un acte de naissance (copie intégrale ou extrait avec filiation) de moins de 3 mois.
            - Justificatif de nationalité française si vous vous trouvez dans une situation particulière (naissance à l'étranger de parents nés à l'étranger par exemple)
            - Numéro de pré-demande si vous avez fait cette démarche en ligne (sinon, il faut utiliser le formulaire cartonné disponible au guichet)""";
    static final String PASSPORT_EXPIRED_TWO_TO_FIVE = """
            Pièces à fournir selon le modèle de passeport
            PasseportJustificatif de domicileUne photo d'identité récente et conforme aux normes — Le passeport est d'un modèle plus ancien : PasseportJustificatif de domicileUne photo d'identité récente et conforme aux normes""";
    static final String ADULT_MAKING = """
            La carte d'identité n'est pas fabriquée sur place et n'est donc pas être délivrée immédiatement. Le délai de fabrication dépend du lieu et de la période de la demande. Par exemple, à l'approche des vacances d'été, les délais peuvent augmenter de manière significative.
            Attention : si la mairie reçoit uniquement sur rendez-vous, il faut aussi tenir compte du délai pour obtenir ce rendez-vous.
            Pour connaître les délais pour la période actuelle, vous pouvez appeler le serveur vocal interactif.
            Où s'adresser : 34 00 - Carte d'identité : s'informer sur le délai de délivrance : Serveur vocal interactif vous informant sur les délais de délivrance actualisés en fonction du lieu de la demande.
            Par téléphone
            Depuis la métropole : 34 00 Choix 3 puis 3 puis n° de département (coût d'un appel local)
            Depuis l'outre-mer : 09 70 83 07 07
            Depuis l'étranger : +33 9 70 83 07 07
            Si vous avez indiqué un numéro de téléphone portable sur le formulaire, vous recevrez un SMS quand la carte sera disponible.
            Vous pouvez aussi suivre votre demande sur le site de l'ANTS.""";
    static final String LOST_COST_GENERAL = "25 € en timbre fiscal.";
    static final String LOST_COST_GUYANA = "12,50 € en timbre fiscal.";
    static final String PASSPORT_WHERE = """
            Le lieu de la demande ne dépend pas de votre domicile. Vous pouvez vous rendre à n'importe quelle mairie, à condition qu'elle soit équipée d'une station d'enregistrement.
            Votre présence est indispensable pour procéder à la prise d'empreintes.
            Où s'adresser : Mairie délivrant des passeports biométriques""";
    static final String LOST_DECLARATION = """
            Vous devez déclarer la perte de votre carte d'identité aux autorités de police seulement si vous ne souhaitez pas en redemander immédiatement une nouvelle.""";
    static final String LOST_MINOR_TOGETHER = """
            L'enfant et son responsable doivent se présenter ensemble au guichet. Leur présence est indispensable.
            Le responsable doit exercer l'autorité parentale. Il peut s'agir du père, de la mère ou du tuteur. Il doit présenter sa propre pièce d'identité.""";
}
