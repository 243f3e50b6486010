package fr.suresnes.contactcenter.assist.control;

import fr.suresnes.contactcenter.conversation.answer.ExtractiveComposer;
import fr.suresnes.contactcenter.conversation.entity.CitedSource;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.conversation.policy.Decision;
import fr.suresnes.contactcenter.conversation.policy.DialogPolicy;
import fr.suresnes.contactcenter.conversation.policy.HumanReason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a citizen wants, read from the transcript with the bot's own dialog policy, in their words only: the questions
 * they asked (greetings, thanks and bare requests for a person left out), the sources the bot cited, and why the
 * conversation came to a person.
 *
 * @param questions      the citizen's messages that carry the request, oldest first
 * @param searchQuestion what to search the knowledge base for: the latest question, merged with the one it follows
 *                       when elliptic; null when the citizen asked nothing the knowledge base could answer
 * @param cited          the documents the bot cited, each once
 * @param handoverReason in French, for the agent
 */
public record RequestSummary(List<String> questions, String searchQuestion, List<CitedSource> cited,
                             String handoverReason) {

    static final int ONE_LINE_LENGTH = 140;
    private static final DialogPolicy POLICY = new DialogPolicy();

    public static RequestSummary of(List<Message> transcript) {
        List<String> said = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        String searchQuestion = null;
        String reason = null;
        boolean emergency = false;
        for (Message message : transcript) {
            if (message.getAuthor() != MessageAuthor.CITIZEN) {
                continue;
            }
            String text = message.getBody().strip();
            Decision decision = POLICY.decide(text, said);
            said.add(text);
            if (decision instanceof Decision.KnowledgeQuestion question) {
                questions.add(text);
                searchQuestion = question.searchText();
            } else if (decision instanceof Decision.Emergency) {
                questions.add(text);
                emergency = true;
            } else if (decision instanceof Decision.HumanRequested human) {
                if (human.reason() != HumanReason.EXPLICIT) {
                    questions.add(text);
                    searchQuestion = searchQuestion == null ? text : searchQuestion;
                }
                reason = reasonFor(human.reason());
            }
        }
        if (emergency) {
            reason = "Détresse ou urgence : l'assistant a donné les numéros d'urgence.";
        } else if (reason == null) {
            reason = botWasUnsure(transcript)
                    ? "L'assistant n'était pas sûr de sa réponse ; l'usager a demandé un conseiller."
                    : "L'usager a demandé un conseiller.";
        }
        return new RequestSummary(List.copyOf(questions), searchQuestion, citedOnce(transcript), reason);
    }

    /** The request in one line, for the queue: the citizen's first question, else nothing. */
    public String oneLine() {
        return questions.stream().findFirst()
                .map(first -> first.length() > ONE_LINE_LENGTH ? first.substring(0, ONE_LINE_LENGTH) + "…" : first)
                .orElse("");
    }

    public Optional<String> search() {
        return Optional.ofNullable(searchQuestion);
    }

    private static String reasonFor(HumanReason reason) {
        return switch (reason) {
            case EXPLICIT -> "L'usager a demandé à parler à un conseiller.";
            case ANGER -> "L'usager est mécontent de l'assistant.";
            case CASE_FILE -> "L'usager demande où en est son dossier : l'assistant n'a pas accès aux dossiers.";
            case COMPLAINT -> "L'usager formule une réclamation.";
            case APPOINTMENT -> "L'usager veut modifier un rendez-vous.";
        };
    }

    private static boolean botWasUnsure(List<Message> transcript) {
        return transcript.stream().filter(message -> message.getAuthor() == MessageAuthor.BOT)
                .reduce((first, second) -> second)
                .map(Message::getConfidence)
                .map(confidence -> confidence < ExtractiveComposer.DEFAULT_THRESHOLD)
                .orElse(false);
    }

    private static List<CitedSource> citedOnce(List<Message> transcript) {
        Map<String, CitedSource> byDocument = new LinkedHashMap<>();
        transcript.stream().filter(message -> message.getAuthor() == MessageAuthor.BOT)
                .flatMap(message -> message.getSources().stream())
                .forEach(source -> byDocument.putIfAbsent(source.getTitle() + "\n" + source.getUrl(), source));
        return List.copyOf(byDocument.values());
    }
}
