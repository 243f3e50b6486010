package fr.suresnes.contactcenter.conversation.answer;

import fr.suresnes.contactcenter.knowledge.entity.DocumentVersion;

import java.util.Map;

/**
 * The situation a document is written for, among documents that split one topic by situation: service-public.fr's
 * folder « Carte d'identité » holds « Pour un majeur » and « Pour un mineur » fiches.
 *
 * @param group what the sibling documents share (the folder's ID)
 * @param label the situation, as the citizen would choose it (« Pour un mineur »)
 */
public record Situation(String group, String label) {

    /** The situation metadata an import stored for a document, or null when it has none. */
    public static Situation of(Map<String, String> metadata) {
        String group = metadata.get(DocumentVersion.SITUATION_GROUP);
        String label = metadata.get(DocumentVersion.SITUATION);
        return group == null || label == null ? null : new Situation(group, label);
    }
}
