package fr.suresnes.contactcenter.channel.entity;

/**
 * Every way a citizen reaches the city. The bots serve the first four; the others are recorded by agents
 * so that one citizen keeps one history across channels.
 */
public enum Channel {
    WEB_CHAT(Modality.TEXT, "Discussion sur le site"),
    REST_API(Modality.TEXT, "Application (API)"),
    BROWSER_VOICE(Modality.VOICE, "Voix dans le navigateur"),
    TELEPHONE(Modality.VOICE, "Téléphone"),
    EMAIL(Modality.TEXT, "Courriel"),
    POSTAL_MAIL(Modality.TEXT, "Courrier postal"),
    WALK_IN(Modality.VOICE, "Accueil physique");

    public enum Modality { TEXT, VOICE }

    private final Modality modality;
    private final String label;

    Channel(Modality modality, String label) {
        this.modality = modality;
        this.label = label;
    }

    /** the channel's name in French, as agents and supervisors read it */
    public String label() {
        return label;
    }

    public Modality modality() {
        return modality;
    }
}
