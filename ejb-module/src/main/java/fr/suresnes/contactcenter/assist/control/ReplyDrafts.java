package fr.suresnes.contactcenter.assist.control;

import fr.suresnes.contactcenter.conversation.answer.AnswerComposer;
import fr.suresnes.contactcenter.conversation.answer.AnswerRequest;
import fr.suresnes.contactcenter.conversation.answer.CandidatePassage;
import fr.suresnes.contactcenter.conversation.answer.Choice;
import fr.suresnes.contactcenter.conversation.answer.ComposedAnswer;
import fr.suresnes.contactcenter.conversation.answer.ExtractiveComposer;

import java.util.ArrayList;
import java.util.List;

/**
 * Drafts replies to a citizen's question with the bot's own composer, from the passages the search found. Where the
 * composer would ask the citizen their situation (« Pour un majeur » / « Pour un mineur »), the agent gets one draft
 * per situation instead, as if the citizen had chosen it; where the composer is not sure, there is no draft: the
 * agent searches the knowledge base.
 */
public final class ReplyDrafts {

    static final int MAX_DRAFTS = 4;
    /** situations within situations: « Pour un majeur » then « En France » */
    private static final int MAX_DEPTH = 2;
    private static final String SITUATION_SEPARATOR = " › ";

    private final AnswerComposer composer;

    public ReplyDrafts(AnswerComposer composer) {
        this.composer = composer;
    }

    /**
     * @param citizenTurns what the citizen wrote, oldest first
     */
    public List<ReplyDraft> draft(String question, List<String> citizenTurns, List<CandidatePassage> passages) {
        List<ReplyDraft> drafts = new ArrayList<>();
        String latest = citizenTurns.isEmpty() ? question : citizenTurns.get(citizenTurns.size() - 1);
        List<String> earlier = citizenTurns.isEmpty() ? List.of() : citizenTurns.subList(0, citizenTurns.size() - 1);
        draft(question, latest, earlier, passages, "", 0, drafts);
        return List.copyOf(drafts);
    }

    private void draft(String question, String latest, List<String> earlier, List<CandidatePassage> passages,
                       String situation, int depth, List<ReplyDraft> drafts) {
        if (drafts.size() >= MAX_DRAFTS) {
            return;
        }
        ComposedAnswer answer = composer.compose(new AnswerRequest(question, latest, earlier, passages));
        if (answer.choices().isEmpty()) {
            drafts.add(new ReplyDraft(situation, answer.text(), answer.citations(), answer.confidence()));
            return;
        }
        if (depth >= MAX_DEPTH || answer.choices().contains(ExtractiveComposer.ADVISOR)) {
            return;
        }
        List<String> saidBefore = new ArrayList<>(earlier);
        saidBefore.add(latest);
        for (Choice choice : answer.choices()) {
            draft(question, choice.payload(), List.copyOf(saidBefore), passages,
                    situation.isEmpty() ? choice.title() : situation + SITUATION_SEPARATOR + choice.title(), depth + 1, drafts);
        }
    }
}
