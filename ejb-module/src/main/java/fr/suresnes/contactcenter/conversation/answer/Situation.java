package fr.suresnes.contactcenter.conversation.answer;

/**
 * The situation a document is written for, among documents that split one topic by situation: service-public.fr's
 * folder « Carte d'identité » holds « Pour un majeur » and « Pour un mineur » fiches.
 *
 * @param group what the sibling documents share (the folder's ID)
 * @param label the situation, as the citizen would choose it (« Pour un mineur »)
 */
public record Situation(String group, String label) {
}
