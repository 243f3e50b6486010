package fr.suresnes.contactcenter.citizen.entity;

import fr.suresnes.contactcenter.channel.entity.Channel;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who contacted the city. Identity is optional: most chat visitors stay anonymous, a caller is known by
 * a phone number, a letter by a name and an address. The channels used give the cross-channel history its index.
 */
@Entity
@Table(name = "CITIZEN")
@NamedQuery(name = Citizen.FIND_BY_PHONE, query = "SELECT c FROM Citizen c WHERE c.phone = :phone ORDER BY c.id")
@NamedQuery(name = Citizen.FIND_BY_EMAIL, query = "SELECT c FROM Citizen c WHERE LOWER(c.email) = LOWER(:email) ORDER BY c.id")
@NamedQuery(name = Citizen.FIND_BY_NAME,
        query = "SELECT c FROM Citizen c WHERE LOWER(c.displayName) LIKE :pattern ORDER BY c.displayName, c.id")
public class Citizen {

    public static final String FIND_BY_PHONE = "Citizen.findByPhone";
    public static final String FIND_BY_EMAIL = "Citizen.findByEmail";
    public static final String FIND_BY_NAME = "Citizen.findByName";

    @Id
    @SequenceGenerator(name = "citizen_seq", sequenceName = "CITIZEN_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citizen_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "DISPLAY_NAME", length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    /** E.164, see {@code PhoneNumbers} */
    @Column(length = 40)
    private String phone;

    @Column(name = "POSTAL_ADDRESS", length = 500)
    private String postalAddress;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CITIZEN_CHANNEL", joinColumns = @JoinColumn(name = "CITIZEN_ID"))
    @Column(name = "CHANNEL", length = 20, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Channel> channelsUsed = EnumSet.noneOf(Channel.class);

    protected Citizen() {
    }

    public Citizen(String displayName, String email, String phone) {
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.createdAt = Instant.now();
    }

    public static Citizen anonymous() {
        return new Citizen(null, null, null);
    }

    /** What an agent or the citizen said of who they are; a blank value keeps what was known. */
    public void identify(String displayName, String email, String phone, String postalAddress) {
        this.displayName = keep(displayName, this.displayName);
        this.email = keep(email, this.email);
        this.phone = keep(phone, this.phone);
        this.postalAddress = keep(postalAddress, this.postalAddress);
    }

    /** What a contact said of a citizen already known: it fills what was unknown and changes nothing known. */
    public void complete(String displayName, String email, String phone, String postalAddress) {
        this.displayName = keep(this.displayName, displayName);
        this.email = keep(this.email, email);
        this.phone = keep(this.phone, phone);
        this.postalAddress = keep(this.postalAddress, postalAddress);
    }

    private static String keep(String given, String known) {
        return given == null || given.isBlank() ? known : given.strip();
    }

    public void used(Channel channel) {
        channelsUsed.add(channel);
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Channel> getChannelsUsed() {
        return Set.copyOf(channelsUsed);
    }

    public boolean isAnonymous() {
        return displayName == null && email == null && phone == null && postalAddress == null;
    }
}
