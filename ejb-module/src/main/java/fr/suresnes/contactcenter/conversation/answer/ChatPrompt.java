package fr.suresnes.contactcenter.conversation.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a language model is told: to answer from the numbered passages only, and the question, the last turns of
 * the conversation and the passages, best first, as many as the character budget allows (the last one cut short).
 *
 * @param numbered the passages the prompt numbers: [1] is the first
 */
record ChatPrompt(String system, String user, List<CandidatePassage> numbered) {

    static final String SYSTEM = """
            Vous êtes l'assistant en ligne de la Ville de Suresnes. Vous répondez aux questions des usagers \
            uniquement à partir des passages numérotés fournis, extraits des sources officielles de la Ville.
            Règles :
            - N'utilisez que les informations des passages : n'ajoutez aucun fait, montant, délai, date, horaire, \
            numéro de téléphone, adresse électronique ou lien qui n'y figure pas, même si vous le connaissez.
            - Citez chaque passage utilisé par son numéro entre crochets, par exemple [1] ou [2].
            - Répondez en français, en vouvoyant l'usager, brièvement : quelques phrases au plus.
            - Si les passages ne permettent pas de répondre, dites simplement que vous ne savez pas, sans rien \
            inventer.""";

    /** Enough of the conversation to understand a follow-up question such as « et pour un mineur ? ». */
    private static final int EARLIER_TURNS = 6;
    private static final String CUT = " […]";

    static ChatPrompt of(AnswerRequest request, int passageBudgetChars) {
        StringBuilder user = new StringBuilder();
        List<String> turns = request.earlierTurns() == null ? List.of() : request.earlierTurns();
        if (!turns.isEmpty()) {
            user.append("Échanges précédents :\n");
            turns.subList(Math.max(0, turns.size() - EARLIER_TURNS), turns.size())
                    .forEach(turn -> user.append("- ").append(turn.strip()).append('\n'));
            user.append('\n');
        }
        user.append("Question : ").append(request.question().strip()).append("\n\nPassages :\n");
        List<CandidatePassage> numbered = new ArrayList<>();
        int budget = passageBudgetChars;
        for (CandidatePassage passage : request.passages()) {
            if (budget <= CUT.length()) {
                break;
            }
            String whole = passage.text().strip();
            boolean fits = whole.length() <= budget;
            String text = fits ? whole : cut(whole, budget);
            budget -= text.length();
            numbered.add(passage);
            user.append("\n[").append(numbered.size()).append("] ").append(passage.title());
            if (passage.section() != null && !passage.section().isBlank()) {
                user.append(" — ").append(passage.section());
            }
            user.append('\n').append(text).append('\n');
            if (!fits) {
                break;
            }
        }
        return new ChatPrompt(SYSTEM, user.toString(), List.copyOf(numbered));
    }

    /** The start of the text up to a word boundary, marked as cut, within {@code budget} characters. */
    private static String cut(String text, int budget) {
        int end = text.lastIndexOf(' ', budget - CUT.length());
        return text.substring(0, end > 0 ? end : budget - CUT.length()) + CUT;
    }
}
