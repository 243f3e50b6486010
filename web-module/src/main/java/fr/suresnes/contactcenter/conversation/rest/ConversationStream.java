package fr.suresnes.contactcenter.conversation.rest;

import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * One client's live view of its conversation: every message not sent yet on this stream, as a {@code message}
 * event holding the message's view, and the state when it changes, as a {@code state} event. The first push
 * replays the whole transcript, so a client that connects late misses nothing; clients deduplicate by message ID.
 */
final class ConversationStream implements LongConsumer {

    private final Conversations conversations;
    private final String accessToken;
    private final SseEventSink sink;
    private final Sse sse;
    private final Set<Long> sent = new HashSet<>();
    private String lastState;
    private Runnable onClose = () -> { };

    ConversationStream(Conversations conversations, String accessToken, SseEventSink sink, Sse sse) {
        this.conversations = conversations;
        this.accessToken = accessToken;
        this.sink = sink;
        this.sse = sse;
    }

    void onClose(Runnable onClose) {
        this.onClose = onClose;
    }

    @Override
    public void accept(long conversationId) {
        push();
    }

    synchronized void push() {
        if (sink.isClosed()) {
            close();
            return;
        }
        Optional<Conversation> conversation = conversations.findByAccessToken(accessToken);
        if (conversation.isEmpty()) {
            close();
            return;
        }
        ConversationView view = ConversationView.of(conversation.get(), conversations.transcript(conversation.get().getId()));
        view.messages().stream().filter(message -> sent.add(message.id()))
                .forEach(message -> send("message", message));
        if (!view.state().equals(lastState)) {
            lastState = view.state();
            send("state", Map.of("state", view.state()));
        }
    }

    synchronized void keepAlive() {
        if (sink.isClosed()) {
            close();
        } else {
            sink.send(sse.newEventBuilder().comment("en attente").build())
                    .whenComplete((done, failure) -> closeIf(failure));
        }
    }

    private void send(String name, Object data) {
        sink.send(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(data.getClass(), data).build())
                .whenComplete((done, failure) -> closeIf(failure));
    }

    private void closeIf(Throwable failure) {
        if (failure != null) {
            close();
        }
    }

    private void close() {
        onClose.run();
        if (!sink.isClosed()) {
            sink.close();
        }
    }
}
