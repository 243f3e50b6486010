package fr.suresnes.contactcenter.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A button a bot message offered; the payload is what the citizen's client sends back when it is chosen. */
@Embeddable
public class OfferedChoice {

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "PAYLOAD", length = 500, nullable = false)
    private String payload;

    protected OfferedChoice() {
    }

    public OfferedChoice(String title, String payload) {
        this.title = title;
        this.payload = payload;
    }

    public String getTitle() {
        return title;
    }

    public String getPayload() {
        return payload;
    }
}
