package fr.suresnes.contactcenter.conversation.entity;

import fr.suresnes.contactcenter.agent.entity.Agent;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One turn of a conversation, with the sources it cites and, for the bot, how confident it was. */
@Entity
@Table(name = "MESSAGE")
@NamedQuery(name = Message.FIND_BY_CONVERSATION,
        query = "SELECT m FROM Message m WHERE m.conversation.id = :conversationId ORDER BY m.sentAt, m.id")
public class Message {

    public static final String FIND_BY_CONVERSATION = "Message.findByConversation";
    public static final int MAX_BODY_LENGTH = 20_000;

    @Id
    @SequenceGenerator(name = "message_seq", sequenceName = "MESSAGE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CONVERSATION_ID", nullable = false, updatable = false)
    private Conversation conversation;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false, updatable = false)
    private MessageAuthor author;

    @ManyToOne
    @JoinColumn(name = "AGENT_ID", updatable = false)
    private Agent agent;

    @Column(length = MAX_BODY_LENGTH, nullable = false, updatable = false)
    private String body;

    @Column(name = "SENT_AT", nullable = false, updatable = false)
    private Instant sentAt;

    /** the bot's calibrated confidence in [0, 1]; null for people */
    @Column(updatable = false)
    private Double confidence;

    @ElementCollection
    @CollectionTable(name = "MESSAGE_SOURCE", joinColumns = @JoinColumn(name = "MESSAGE_ID"))
    @OrderColumn(name = "POSITION")
    private List<CitedSource> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "MESSAGE_CHOICE", joinColumns = @JoinColumn(name = "MESSAGE_ID"))
    @OrderColumn(name = "POSITION")
    private List<OfferedChoice> choices = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AnswerRating rating;

    @Column(name = "RATED_AT")
    private Instant ratedAt;

    protected Message() {
    }

    Message(Conversation conversation, MessageAuthor author, Agent agent, String body, Double confidence,
            List<CitedSource> sources, List<OfferedChoice> choices) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a message needs a text");
        }
        if (body.length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("a message holds at most " + MAX_BODY_LENGTH + " characters");
        }
        this.conversation = conversation;
        this.author = author;
        this.agent = agent;
        this.body = body;
        this.confidence = confidence;
        this.sources = new ArrayList<>(sources);
        this.choices = new ArrayList<>(choices);
        this.sentAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public MessageAuthor getAuthor() {
        return author;
    }

    public Agent getAgent() {
        return agent;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Double getConfidence() {
        return confidence;
    }

    public List<CitedSource> getSources() {
        return List.copyOf(sources);
    }

    public List<OfferedChoice> getChoices() {
        return List.copyOf(choices);
    }

    public AnswerRating getRating() {
        return rating;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    /** The citizen rates a bot answer; rating again replaces the earlier rating. */
    public void rate(AnswerRating rating) {
        if (author != MessageAuthor.BOT) {
            throw new IllegalStateException("only the bot's answers are rated");
        }
        this.rating = rating;
        this.ratedAt = Instant.now();
    }
}
