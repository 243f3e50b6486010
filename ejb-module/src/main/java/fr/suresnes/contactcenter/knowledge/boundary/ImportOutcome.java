package fr.suresnes.contactcenter.knowledge.boundary;

public enum ImportOutcome {
    /** a document seen for the first time */
    IMPORTED,
    /** a known document whose content changed: a new version */
    UPDATED,
    /** same content hash as the newest version: nothing written */
    UNCHANGED
}
