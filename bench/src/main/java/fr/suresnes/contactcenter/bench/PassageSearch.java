package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.conversation.answer.CandidatePassage;
import fr.suresnes.contactcenter.conversation.answer.Situation;
import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;
import fr.suresnes.contactcenter.knowledge.search.IndexedPassage;
import fr.suresnes.contactcenter.knowledge.search.PassageIndex;
import fr.suresnes.contactcenter.knowledge.search.SearchHit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The application's search: the passages of the read documents in a {@link PassageIndex} stored in a folder, as
 * the server keeps it, searched one hit per document. Each document gets its own ID and version, as it would in
 * the database; the description of a DILA fiche is its {@code dc:description}. The full text of every passage and
 * the situation of its document are kept, as the database keeps them, for the answers written from the hits.
 */
final class PassageSearch implements Retriever, AutoCloseable {

    private final PassageIndex index;
    /** passage {@code i + 1} at {@code i} */
    private final List<StoredPassage> stored = new ArrayList<>();

    /** What the database holds of a passage beside the index: its full text, its document's situation. */
    private record StoredPassage(String text, Situation situation) {
    }

    PassageSearch(Path folder, List<ReadDocument> documents) {
        this.index = PassageIndex.inFolder(folder);
        index.replaceAll(passagesOf(documents));
    }

    long passageCount() {
        return index.passageCount();
    }

    @Override
    public List<String> rankedSourceIds(String question, int limit) {
        return index.search(question, limit, true).hits().stream().map(SearchHit::sourceId).toList();
    }

    /** The passages the bot may answer from, as the server's {@code PassageCandidates} gives them. */
    List<CandidatePassage> candidatePassages(String question, int limit) {
        return index.passagesFor(question, limit).stream().map(this::withText).toList();
    }

    /** The best passage of the best document. */
    Optional<CandidatePassage> bestPassage(String question) {
        return index.search(question, 1, true).hits().stream().findFirst().map(this::withText);
    }

    private CandidatePassage withText(SearchHit hit) {
        StoredPassage passage = stored.get((int) hit.passageId() - 1);
        return CandidatePassage.of(hit, passage.text(), passage.situation());
    }

    private List<IndexedPassage> passagesOf(List<ReadDocument> documents) {
        List<IndexedPassage> passages = new ArrayList<>();
        for (int documentId = 1; documentId <= documents.size(); documentId++) {
            ReadDocument document = documents.get(documentId - 1);
            String description = document.metadata().get("dc:description");
            Situation situation = Situation.of(document.metadata());
            for (ImportedPassage passage : document.passages()) {
                stored.add(new StoredPassage(passage.content(), situation));
                passages.add(new IndexedPassage(stored.size(), documentId, documentId, document.sourceId(),
                        document.title(), description, document.url(), passage.sectionPath(), passage.page(), passage.content()));
            }
        }
        return passages;
    }

    @Override
    public void close() {
        index.close();
    }
}
