package fr.suresnes.contactcenter.handoff.entity;

import jakarta.persistence.*;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A queue of conversations waiting for a person, one per topic (état civil et papiers, élections, …). */
@Entity
@Table(name = "CONTACT_QUEUE")
@NamedQuery(name = ContactQueue.FIND_ALL, query = "SELECT q FROM ContactQueue q ORDER BY q.position, q.code")
@NamedQuery(name = ContactQueue.FIND_BY_CODE, query = "SELECT q FROM ContactQueue q WHERE q.code = :code")
public class ContactQueue {

    public static final String FIND_ALL = "ContactQueue.findAll";
    public static final String FIND_BY_CODE = "ContactQueue.findByCode";
    /** where a conversation goes when no topic matches */
    public static final String FALLBACK_CODE = "AUTRE";

    @Id
    @SequenceGenerator(name = "contact_queue_seq", sequenceName = "CONTACT_QUEUE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_queue_seq")
    private Long id;

    @Version
    private long version;

    @Column(length = 40, nullable = false, unique = true, updatable = false)
    private String code;

    @Column(length = 200, nullable = false)
    private String label;

    /** display order in the portal */
    @Column(nullable = false)
    private int position;

    /** phrases that route a conversation here, see {@code TopicRouting} */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONTACT_QUEUE_KEYWORD", joinColumns = @JoinColumn(name = "QUEUE_ID"))
    @Column(name = "PHRASE", length = 200, nullable = false)
    private Set<String> keywords = new TreeSet<>();

    protected ContactQueue() {
    }

    public ContactQueue(String code, String label, int position) {
        this.code = code;
        this.label = label;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public Set<String> getKeywords() {
        return Collections.unmodifiableSet(new TreeSet<>(keywords));
    }

    public void setKeywords(Set<String> keywords) {
        this.keywords = new TreeSet<>(keywords);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactQueue queue && Objects.equals(code, queue.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
