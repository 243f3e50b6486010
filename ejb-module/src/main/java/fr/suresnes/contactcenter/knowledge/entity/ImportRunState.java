package fr.suresnes.contactcenter.knowledge.entity;

public enum ImportRunState {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
