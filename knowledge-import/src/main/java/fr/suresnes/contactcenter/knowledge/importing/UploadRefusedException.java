package fr.suresnes.contactcenter.knowledge.importing;

/** An upload that cannot be stored, with a French reason for the administrator. */
public class UploadRefusedException extends Exception {

    private final boolean tooLarge;

    UploadRefusedException(String reason, boolean tooLarge) {
        super(reason);
        this.tooLarge = tooLarge;
    }

    public boolean isTooLarge() {
        return tooLarge;
    }
}
