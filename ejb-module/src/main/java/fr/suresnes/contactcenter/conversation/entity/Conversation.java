package fr.suresnes.contactcenter.conversation.entity;

import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.conversation.feed.ConversationChangePublisher;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import fr.suresnes.contactcenter.handoff.entity.WrapUpCode;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A citizen's contact on one channel, from the first message to its closing. The citizen reaches it only with the
 * access token given at creation; the database keeps the token's SHA-256 hash, never the token.
 */
@Entity
@Table(name = "CONVERSATION")
@EntityListeners(ConversationChangePublisher.class)
@NamedQuery(name = Conversation.FIND_BY_ACCESS_TOKEN_HASH,
        query = "SELECT c FROM Conversation c WHERE c.accessTokenHash = :hash")
@NamedQuery(name = Conversation.FIND_BY_SENDER_HASH,
        query = "SELECT c FROM Conversation c WHERE c.senderHash = :hash")
@NamedQuery(name = Conversation.FIND_WAITING,
        query = "SELECT c FROM Conversation c WHERE c.state = fr.suresnes.contactcenter.conversation.entity.ConversationState.WAITING_FOR_AGENT"
                + " ORDER BY c.urgent DESC, c.waitingSince, c.id")
@NamedQuery(name = Conversation.FIND_HELD_BY_AGENT,
        query = "SELECT c FROM Conversation c WHERE c.assignedAgent.username = :username"
                + " AND c.state = fr.suresnes.contactcenter.conversation.entity.ConversationState.WITH_AGENT"
                + " ORDER BY c.claimedAt, c.id")
@NamedQuery(name = Conversation.FIND_BY_CITIZEN,
        query = "SELECT c FROM Conversation c WHERE c.citizen.id = :citizenId ORDER BY c.openedAt DESC")
@NamedQuery(name = Conversation.COUNT_WAITING_BY_QUEUE,
        query = "SELECT q.code, COUNT(c) FROM Conversation c JOIN c.queue q"
                + " WHERE c.state = fr.suresnes.contactcenter.conversation.entity.ConversationState.WAITING_FOR_AGENT"
                + " GROUP BY q.code")
@NamedQuery(name = Conversation.CLAIM,
        query = "UPDATE Conversation c SET c.state = fr.suresnes.contactcenter.conversation.entity.ConversationState.WITH_AGENT,"
                + " c.assignedAgent = :agent, c.claimedAt = :now, c.updatedAt = :now, c.version = c.version + 1"
                + " WHERE c.id = :id AND c.state = fr.suresnes.contactcenter.conversation.entity.ConversationState.WAITING_FOR_AGENT")
public class Conversation {

    public static final String FIND_BY_ACCESS_TOKEN_HASH = "Conversation.findByAccessTokenHash";
    public static final String FIND_BY_SENDER_HASH = "Conversation.findBySenderHash";
    public static final String FIND_WAITING = "Conversation.findWaiting";
    public static final String FIND_BY_CITIZEN = "Conversation.findByCitizen";
    public static final String FIND_HELD_BY_AGENT = "Conversation.findHeldByAgent";
    public static final String COUNT_WAITING_BY_QUEUE = "Conversation.countWaitingByQueue";
    public static final int MAX_WRAP_UP_NOTE = 2000;
    /** the atomic claim: only one agent's update can match a conversation still waiting */
    public static final String CLAIM = "Conversation.claim";

    @Id
    @SequenceGenerator(name = "conversation_seq", sequenceName = "CONVERSATION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CITIZEN_ID", nullable = false)
    private Citizen citizen;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private ConversationState state;

    @Column(name = "ACCESS_TOKEN_HASH", length = 64, nullable = false, unique = true, updatable = false)
    private String accessTokenHash;

    /** SHA-256 of the client-chosen sender ID, for channels that name conversations themselves (Rasa REST) */
    @Column(name = "SENDER_HASH", length = 64, unique = true, updatable = false)
    private String senderHash;

    @ManyToOne
    @JoinColumn(name = "QUEUE_ID")
    private ContactQueue queue;

    @ManyToOne
    @JoinColumn(name = "AGENT_ID")
    private Agent assignedAgent;

    /** distress and emergencies go first in every queue */
    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "OPENED_AT", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "WAITING_SINCE")
    private Instant waitingSince;

    /** when it first entered a queue for a person; kept through transfers and hand-backs to the bot */
    @Column(name = "HANDED_OVER_AT")
    private Instant handedOverAt;

    @Column(name = "CLOSED_AT")
    private Instant closedAt;

    /** when an agent last took the conversation */
    @Column(name = "CLAIMED_AT")
    private Instant claimedAt;

    @ManyToOne
    @JoinColumn(name = "WRAP_UP_CODE")
    private WrapUpCode wrapUp;

    @Column(name = "WRAP_UP_NOTE", length = MAX_WRAP_UP_NOTE)
    private String wrapUpNote;

    /** the citizen asked for a person while the center was closed: the request waits for the next opening */
    @Column(name = "AFTER_HOURS", nullable = false)
    private boolean afterHours;

    /** the number the citizen left to be called back, E.164 */
    @Column(name = "CALLBACK_PHONE", length = 40)
    private String callbackPhone;

    /** the agent who recorded a contact that came outside the bots (a call, a visit, a letter, an e-mail) */
    @ManyToOne
    @JoinColumn(name = "RECORDED_BY_AGENT_ID", updatable = false)
    private Agent recordedBy;

    /** when a recorded contact took place, which may be before it was recorded */
    @Column(name = "CONTACTED_AT", updatable = false)
    private Instant contactedAt;

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.PERSIST)
    @OrderBy("sentAt, id")
    private List<Message> messages = new ArrayList<>();

    /** the change being made puts the conversation in a queue or takes it out, for the agents' live queue */
    @Transient
    private boolean queueChanged;

    protected Conversation() {
    }

    public Conversation(Citizen citizen, Channel channel, String accessTokenHash) {
        this(citizen, channel, accessTokenHash, null);
    }

    public Conversation(Citizen citizen, Channel channel, String accessTokenHash, String senderHash) {
        this.citizen = citizen;
        this.channel = channel;
        this.accessTokenHash = accessTokenHash;
        this.senderHash = senderHash;
        this.state = ConversationState.BOT;
        this.openedAt = Instant.now();
        this.updatedAt = openedAt;
        citizen.used(channel);
    }

    public Message append(MessageAuthor author, String body) {
        return append(author, null, body, null, List.of(), List.of());
    }

    public Message append(MessageAuthor author, Agent agent, String body, Double confidence, List<CitedSource> sources,
                          List<OfferedChoice> choices) {
        requireOpen();
        Message message = new Message(this, author, agent, body, confidence, sources, choices);
        messages.add(message);
        updatedAt = message.getSentAt();
        return message;
    }

    public void waitForAgent(ContactQueue queue, boolean urgent) {
        requireOpen();
        if (state == ConversationState.WITH_AGENT) {
            throw new IllegalStateException("conversation " + id + " is already with an agent");
        }
        this.queue = queue;
        this.urgent = this.urgent || urgent;
        this.queueChanged = true;
        this.state = ConversationState.WAITING_FOR_AGENT;
        this.waitingSince = Instant.now();
        this.updatedAt = waitingSince;
        if (handedOverAt == null) {
            handedOverAt = waitingSince;
        }
    }

    /** An agent lets it go to another queue, where it waits for the next agent. */
    public void transferTo(ContactQueue queue) {
        requireOpen();
        this.assignedAgent = null;
        this.queue = queue;
        this.queueChanged = true;
        this.state = ConversationState.WAITING_FOR_AGENT;
        this.waitingSince = Instant.now();
        this.updatedAt = waitingSince;
    }

    /** An agent takes it directly, without the queue (a transfer from agent to agent). */
    public void assignTo(Agent agent) {
        requireOpen();
        leaveQueue();
        this.assignedAgent = agent;
        this.state = ConversationState.WITH_AGENT;
        this.claimedAt = Instant.now();
        this.updatedAt = claimedAt;
    }

    /** Back to the bot, which answers again; the agent lets go, the queue stays as the topic it was last in. */
    public void returnToBot() {
        requireOpen();
        leaveQueue();
        this.state = ConversationState.BOT;
        this.assignedAgent = null;
        this.waitingSince = null;
        this.updatedAt = Instant.now();
    }

    public void close() {
        requireOpen();
        leaveQueue();
        state = ConversationState.CLOSED;
        closedAt = Instant.now();
        updatedAt = closedAt;
    }

    /** An agent closes it with a wrap-up code and an optional note. */
    public void close(WrapUpCode wrapUp, String note) {
        if (note != null && note.length() > MAX_WRAP_UP_NOTE) {
            throw new IllegalArgumentException("a wrap-up note holds at most " + MAX_WRAP_UP_NOTE + " characters");
        }
        close();
        this.wrapUp = wrapUp;
        this.wrapUpNote = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * The conditional update {@link #CLAIM} gave the conversation to this agent, out of its queue: the citizen is told
     * who joined.
     */
    public void claimedBy(Agent agent) {
        append(MessageAuthor.SYSTEM, agent.getDisplayName() + " a rejoint la conversation.");
        queueChanged = true;
    }

    /** The request for a person came while the center was closed. */
    public void markAfterHours() {
        afterHours = true;
    }

    /** The number, E.164, the citizen left to be called back. */
    public void leaveCallbackPhone(String phone) {
        requireOpen();
        callbackPhone = phone;
        updatedAt = Instant.now();
    }

    /** The conversation belongs to this citizen's history from now on (a citizen identified by phone or e-mail). */
    public void belongTo(Citizen citizen) {
        this.citizen = citizen;
        citizen.used(channel);
    }

    /**
     * A contact that came outside the bots, recorded by the agent who took it, closed as it is recorded.
     */
    public static Conversation recorded(Citizen citizen, Channel channel, String accessTokenHash, Agent agent,
                                        Instant contactedAt) {
        Conversation contact = new Conversation(citizen, channel, accessTokenHash);
        contact.recordedBy = agent;
        contact.contactedAt = contactedAt;
        contact.assignedAgent = agent;
        return contact;
    }

    /** Whether the change being made entered or left a queue; asking clears it, so that each change is told once. */
    public boolean takeQueueChange() {
        boolean changed = queueChanged;
        queueChanged = false;
        return changed;
    }

    private void leaveQueue() {
        queueChanged = queueChanged || state == ConversationState.WAITING_FOR_AGENT;
    }

    private void requireOpen() {
        if (state == ConversationState.CLOSED) {
            throw new IllegalStateException("conversation " + id + " is closed");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Citizen getCitizen() {
        return citizen;
    }

    public Channel getChannel() {
        return channel;
    }

    public ConversationState getState() {
        return state;
    }

    public String getAccessTokenHash() {
        return accessTokenHash;
    }

    public ContactQueue getQueue() {
        return queue;
    }

    public Agent getAssignedAgent() {
        return assignedAgent;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }

    public Instant getHandedOverAt() {
        return handedOverAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public WrapUpCode getWrapUp() {
        return wrapUp;
    }

    public String getWrapUpNote() {
        return wrapUpNote;
    }

    public boolean isAfterHours() {
        return afterHours;
    }

    public String getCallbackPhone() {
        return callbackPhone;
    }

    public Agent getRecordedBy() {
        return recordedBy;
    }

    /** when the contact took place: the time the agent gave, for a recorded one, else when it opened */
    public Instant getContactedAt() {
        return contactedAt != null ? contactedAt : openedAt;
    }

    public List<Message> getMessages() {
        return List.copyOf(messages);
    }
}
