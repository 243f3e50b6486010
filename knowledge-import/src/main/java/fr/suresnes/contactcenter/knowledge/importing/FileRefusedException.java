package fr.suresnes.contactcenter.knowledge.importing;

/** A file the import refuses, with the reason and the SHA-256 of the content refused (null when not computed). */
class FileRefusedException extends Exception {

    private final String contentHash;

    FileRefusedException(String reason, String contentHash, Throwable cause) {
        super(reason, cause);
        this.contentHash = contentHash;
    }

    String contentHash() {
        return contentHash;
    }
}
