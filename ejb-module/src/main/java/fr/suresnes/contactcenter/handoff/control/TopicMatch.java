package fr.suresnes.contactcenter.handoff.control;

import fr.suresnes.contactcenter.conversation.text.Folding;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the queue whose keywords the conversation holds most: each keyword the citizen wrote counts
 * {@value #CITIZEN_WEIGHT}, each keyword in the titles and sections of the documents the bot cited counts 1. Ties go to
 * the queue shown first; no keyword at all, to no queue.
 */
final class TopicMatch {

    static final int CITIZEN_WEIGHT = 2;

    private TopicMatch() {
    }

    static Optional<ContactQueue> best(Collection<ContactQueue> queues, List<String> citizenTexts, List<String> citedTexts) {
        String said = padded(citizenTexts);
        String cited = padded(citedTexts);
        return queues.stream()
                .map(queue -> new Scored(queue, score(queue, said, cited)))
                .filter(scored -> scored.score() > 0)
                .min(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparingInt(scored -> scored.queue().getPosition()))
                .map(Scored::queue);
    }

    private static int score(ContactQueue queue, String said, String cited) {
        int score = 0;
        for (String keyword : queue.getKeywords()) {
            String phrase = " " + Folding.fold(keyword) + " ";
            if (phrase.isBlank()) {
                continue;
            }
            score += (said.contains(phrase) ? CITIZEN_WEIGHT : 0) + (cited.contains(phrase) ? 1 : 0);
        }
        return score;
    }

    private static String padded(List<String> texts) {
        return " " + String.join(" ", texts.stream().map(Folding::fold).toList()) + " ";
    }

    private record Scored(ContactQueue queue, int score) {
    }
}
