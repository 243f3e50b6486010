package fr.suresnes.contactcenter.assist.control;

import fr.suresnes.contactcenter.conversation.answer.Citation;
import fr.suresnes.contactcenter.conversation.answer.ExtractiveComposer;
import fr.suresnes.contactcenter.conversation.answer.Passages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReplyDraftsTest {

    private final ReplyDrafts drafts = new ReplyDrafts(new ExtractiveComposer());

    @Test
    void aQuestionTheKnowledgeBaseAnswersGetsADraftQuotedFromItsSource() {
        List<ReplyDraft> found = drafts.draft("combien coûte le timbre fiscal du passeport ?",
                List.of("combien coûte le timbre fiscal du passeport ?"), Passages.ALL);

        assertEquals(1, found.size());
        ReplyDraft draft = found.get(0);
        assertTrue(draft.text().contains("86 €"), draft.text());
        assertEquals("", draft.situation());
        assertEquals(List.of("suresnes-11"), draft.sources().stream().map(Citation::sourceId).toList());
    }

    @Test
    void whenTheComposerIsNotSureThereIsNoDraft() {
        assertEquals(List.of(), drafts.draft("inscription au conservatoire de musique", List.of(), Passages.ALL));
    }
}
