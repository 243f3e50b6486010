package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;
import fr.suresnes.contactcenter.knowledge.search.IndexedPassage;
import fr.suresnes.contactcenter.knowledge.search.PassageIndex;
import fr.suresnes.contactcenter.knowledge.search.SearchHit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's search: the passages of the read documents in a {@link PassageIndex} stored in a folder, as
 * the server keeps it, searched one hit per document. Each document gets its own ID and version, as it would in
 * the database; the description of a DILA fiche is its {@code dc:description}.
 */
final class PassageSearch implements Retriever, AutoCloseable {

    private final PassageIndex index;

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

    private static List<IndexedPassage> passagesOf(List<ReadDocument> documents) {
        List<IndexedPassage> passages = new ArrayList<>();
        long passageId = 0;
        for (int documentId = 1; documentId <= documents.size(); documentId++) {
            ReadDocument document = documents.get(documentId - 1);
            String description = document.metadata().get("dc:description");
            for (ImportedPassage passage : document.passages()) {
                passages.add(new IndexedPassage(++passageId, documentId, documentId, document.sourceId(), document.title(),
                        description, document.url(), passage.sectionPath(), passage.page(), passage.content()));
            }
        }
        return passages;
    }

    @Override
    public void close() {
        index.close();
    }
}
