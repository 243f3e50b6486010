package fr.suresnes.contactcenter.platform.bodysize;

import java.io.IOException;

/** A request body beyond the limit of its channel; the request is answered 413 with {@link #TITLE} and {@link #detail()}. */
public class BodyTooLargeException extends IOException {

    public static final String TITLE = "Requête trop volumineuse";

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body beyond " + limit + " bytes");
        this.limit = limit;
    }

    /** In French, for the citizen. */
    public String detail() {
        return "Le corps de la requête dépasse la taille permise (" + limit / 1024 + " Ko).";
    }
}
