package fr.suresnes.contactcenter.assist.control;

import fr.suresnes.contactcenter.conversation.answer.Citation;

import java.util.List;

/**
 * A reply the agent may insert and edit before sending, quoted from the knowledge base by the answer composer.
 *
 * @param situation the situation it answers for (« Pour un majeur › En France »), empty when the sources have none
 */
public record ReplyDraft(String situation, String text, List<Citation> sources, double confidence) {
}
