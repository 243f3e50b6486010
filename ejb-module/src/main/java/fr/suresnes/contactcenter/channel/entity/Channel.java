package fr.suresnes.contactcenter.channel.entity;

/**
 * Every way a citizen reaches the city. The bots serve the first four; the others are recorded by agents
 * so that one citizen keeps one history across channels.
 */
public enum Channel {
    WEB_CHAT(Modality.TEXT),
    REST_API(Modality.TEXT),
    BROWSER_VOICE(Modality.VOICE),
    TELEPHONE(Modality.VOICE),
    EMAIL(Modality.TEXT),
    POSTAL_MAIL(Modality.TEXT),
    WALK_IN(Modality.VOICE);

    public enum Modality { TEXT, VOICE }

    private final Modality modality;

    Channel(Modality modality) {
        this.modality = modality;
    }

    public Modality modality() {
        return modality;
    }
}
