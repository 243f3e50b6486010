package fr.suresnes.contactcenter.assist.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A reply written once by a supervisor that agents insert into their reply and adapt (« Accueil », « Pièces à fournir »…). */
@Entity
@Table(name = "CANNED_RESPONSE")
@NamedQuery(name = CannedResponse.FIND_ALL, query = "SELECT r FROM CannedResponse r ORDER BY r.title, r.id")
public class CannedResponse {

    public static final String FIND_ALL = "CannedResponse.findAll";
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_BODY_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "canned_response_seq", sequenceName = "CANNED_RESPONSE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_response_seq")
    private Long id;

    @Version
    private long version;

    @Column(length = MAX_TITLE_LENGTH, nullable = false)
    private String title;

    @Column(length = MAX_BODY_LENGTH, nullable = false)
    private String body;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY", length = 100, nullable = false)
    private String updatedBy;

    protected CannedResponse() {
    }

    public CannedResponse(String title, String body, String author) {
        rewrite(title, body, author);
    }

    public void rewrite(String title, String body, String author) {
        this.title = title;
        this.body = body;
        this.updatedBy = author;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
