package fr.suresnes.contactcenter.conversation.policy;

import fr.suresnes.contactcenter.conversation.policy.Decision.Emergency;
import fr.suresnes.contactcenter.conversation.policy.Decision.HumanRequested;
import fr.suresnes.contactcenter.conversation.policy.Decision.KnowledgeQuestion;
import fr.suresnes.contactcenter.conversation.policy.Decision.SmallTalk;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides what the bot does with a citizen's message, in this order: distress and emergencies get the emergency
 * numbers and a person; an explicit wish for a person, anger, a personal case file, a complaint or an appointment to
 * change go to a person; greetings, thanks and goodbyes get a short reply; everything else is a knowledge question,
 * merged with the previous question when it is an elliptic follow-up.
 */
public final class DialogPolicy {

    /** Greetings and acknowledgements opening a question, left out of what is searched. */
    private static final Pattern LEADING_COURTESY = Pattern.compile(
            "^[\\s,.!;:]*(?:(?:bonjour|bonsoir|salut|coucou|hello|re|merci(?:\\s+beaucoup)?|ok|d['’]accord)\\b"
                    + "(?:\\s+(?:madame|monsieur))?[\\s,.!;:]*)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int MIN_SHOUTED_LETTERS = 12;
    private static final double SHOUTED_CAPITALS_SHARE = 0.8;

    /**
     * @param earlierCitizenTurns the citizen's previous messages in this conversation, oldest first
     */
    public Decision decide(String message, List<String> earlierCitizenTurns) {
        String previousQuestion = null;
        for (String turn : earlierCitizenTurns) {
            if (decide(turn, previousQuestion) instanceof KnowledgeQuestion question) {
                previousQuestion = question.searchText();
            }
        }
        return decide(message, previousQuestion);
    }

    private Decision decide(String message, String previousQuestion) {
        String normalized = CitizenText.normalize(message);
        for (EmergencyKind kind : EmergencyKind.values()) {
            if (kind.isRevealedBy(normalized)) {
                return new Emergency(kind, kind.reply());
            }
        }
        Optional<HumanReason> reason = humanReason(message, normalized);
        if (reason.isPresent()) {
            return new HumanRequested(reason.get(), reason.get().reply());
        }
        if (normalized.isBlank()) {
            return new SmallTalk(SmallTalkKind.GREETING, SmallTalkKind.GREETING.reply());
        }
        Optional<SmallTalkKind> smallTalk = SmallTalkKind.of(normalized);
        if (smallTalk.isPresent()) {
            return new SmallTalk(smallTalk.get(), smallTalk.get().reply());
        }
        String question = LEADING_COURTESY.matcher(message).replaceFirst("").strip();
        if (previousQuestion != null && FollowUp.isElliptic(CitizenText.normalize(question))) {
            return new KnowledgeQuestion(FollowUp.merge(previousQuestion, question));
        }
        return new KnowledgeQuestion(question);
    }

    private static Optional<HumanReason> humanReason(String message, String normalized) {
        for (HumanReason reason : HumanReason.values()) {
            if (reason.isRevealedBy(normalized)) {
                return Optional.of(reason);
            }
        }
        return isShouted(message) ? Optional.of(HumanReason.ANGER) : Optional.empty();
    }

    /** Mostly capitals with an exclamation mark: « JE VEUX MA CARTE MAINTENANT !!! » */
    private static boolean isShouted(String message) {
        long letters = message.codePoints().filter(Character::isLetter).count();
        long capitals = message.codePoints().filter(Character::isUpperCase).count();
        return message.contains("!") && letters >= MIN_SHOUTED_LETTERS && capitals >= SHOUTED_CAPITALS_SHARE * letters;
    }
}
