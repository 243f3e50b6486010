package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.conversation.answer.AnswerRequest;
import fr.suresnes.contactcenter.conversation.answer.CandidatePassage;
import fr.suresnes.contactcenter.conversation.answer.ExtractiveComposer;
import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import fr.suresnes.contactcenter.conversation.policy.Decision;
import fr.suresnes.contactcenter.conversation.policy.DialogPolicy;

import java.util.List;

/**
 * The bot's path for one citizen message, as {@link Assistant} takes it on the server but without the database:
 * the dialog policy, then for a knowledge question the candidate passages of the search and the extractive
 * composer (BM25 calibration, no language model).
 */
final class OfflineAssistant {

    private final DialogPolicy policy = new DialogPolicy();
    private final ExtractiveComposer composer = new ExtractiveComposer();
    private final PassageSearch search;

    OfflineAssistant(PassageSearch search) {
        this.search = search;
    }

    BotOutcome hear(LabelledTurn turn) {
        List<String> earlier = turn.earlierTurns();
        Decision decision = policy.decide(turn.question().text(), earlier);
        if (!(decision instanceof Decision.KnowledgeQuestion question)) {
            return BotOutcome.of(decision);
        }
        List<CandidatePassage> passages = search.candidatePassages(question.searchText(), Assistant.CANDIDATE_PASSAGES);
        return BotOutcome.of(composer.compose(new AnswerRequest(question.searchText(), turn.question().text(), earlier, passages)));
    }
}
