package fr.suresnes.contactcenter.knowledge.entity;

public enum DocumentStatus {
    /** answered from */
    ACTIVE,
    /** removed from its source: kept for audit, never answered from */
    RETIRED
}
