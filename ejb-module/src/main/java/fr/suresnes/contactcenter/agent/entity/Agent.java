package fr.suresnes.contactcenter.agent.entity;

import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A tele-advisor's working record: the queues they can serve and their presence. Credentials and roles live in the
 * security realm (properties, LDAP or OpenID Connect); this record is keyed by the same user name.
 */
@Entity
@Table(name = "AGENT")
@NamedQuery(name = Agent.FIND_BY_USERNAME, query = "SELECT a FROM Agent a WHERE a.username = :username")
@NamedQuery(name = Agent.FIND_ALL, query = "SELECT a FROM Agent a ORDER BY a.username")
@NamedQuery(name = Agent.FIND_AVAILABLE_FOR_QUEUE,
        query = "SELECT a FROM Agent a JOIN a.skills q WHERE q.code = :queueCode"
                + " AND a.presence = fr.suresnes.contactcenter.agent.entity.AgentPresence.AVAILABLE ORDER BY a.presenceSince")
public class Agent {

    public static final String FIND_BY_USERNAME = "Agent.findByUsername";
    public static final String FIND_ALL = "Agent.findAll";
    public static final String FIND_AVAILABLE_FOR_QUEUE = "Agent.findAvailableForQueue";

    @Id
    @SequenceGenerator(name = "agent_seq", sequenceName = "AGENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    private Long id;

    @Version
    private long version;

    @Column(length = 100, nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "DISPLAY_NAME", length = 200, nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private AgentPresence presence;

    @Column(name = "PRESENCE_SINCE", nullable = false)
    private Instant presenceSince;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "AGENT_SKILL",
            joinColumns = @JoinColumn(name = "AGENT_ID"),
            inverseJoinColumns = @JoinColumn(name = "QUEUE_ID"))
    private Set<ContactQueue> skills = new HashSet<>();

    protected Agent() {
    }

    public Agent(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
        this.presence = AgentPresence.OFFLINE;
        this.presenceSince = Instant.now();
    }

    public void setPresence(AgentPresence presence) {
        if (this.presence != presence) {
            this.presence = presence;
            this.presenceSince = Instant.now();
        }
    }

    public void setSkills(Set<ContactQueue> skills) {
        this.skills = new HashSet<>(skills);
    }

    public boolean serves(ContactQueue queue) {
        return skills.contains(queue);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AgentPresence getPresence() {
        return presence;
    }

    public Instant getPresenceSince() {
        return presenceSince;
    }

    public Set<ContactQueue> getSkills() {
        return Set.copyOf(skills);
    }
}
