package fr.suresnes.contactcenter.knowledge.boundary;

import fr.suresnes.contactcenter.knowledge.control.ConfiguredEmbeddings;
import fr.suresnes.contactcenter.knowledge.control.IndexablePassages;
import fr.suresnes.contactcenter.knowledge.search.PassageIndex;
import fr.suresnes.contactcenter.knowledge.search.SearchHit;
import fr.suresnes.contactcenter.knowledge.search.SearchResults;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Searches the knowledge base in French. The Lucene index is derived from the database: rebuilt at start when it
 * is missing or does not match the database, kept up to date as imports land, rebuilt on demand. Searches run
 * concurrently with updates; the index itself is thread-safe.
 * <p>
 * Semantic search joins full-text search when an embeddings service is configured; the index is then rebuilt at
 * start whenever the service or model changes, since vectors of different models do not compare.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class KnowledgeSearch {

    private static final Logger LOG = Logger.getLogger(KnowledgeSearch.class.getName());

    @Inject
    @ConfigProperty(name = "knowledge.index.dir")
    Optional<String> configuredFolder;

    @Inject
    IndexablePassages passages;

    @Inject
    ConfiguredEmbeddings embeddings;

    private PassageIndex index;

    @PostConstruct
    void open() {
        Path folder = configuredFolder.filter(value -> !value.isBlank()).map(Path::of).orElseGet(() -> Path.of(
                System.getProperty("contactcenter.data.dir", System.getProperty("jboss.server.data.dir", "data")), "index"));
        Optional<String> semantic = embeddings.source();
        semantic.ifPresent(source -> LOG.info(() -> "Semantic search on, with " + source));
        index = semantic.isPresent() ? PassageIndex.inFolder(folder, embeddings::embed)
                : PassageIndex.inFolder(folder);
        String expected = generation();
        if (!index.generation().map(expected::equals).orElse(false)) {
            LOG.info(() -> "Search index at " + folder + " is missing or stale: rebuilding it from the database");
            rebuild();
        }
    }

    @PreDestroy
    void close() {
        index.close();
    }

    public SearchResults search(String query, int limit, boolean perDocument) {
        return index.search(query, limit, perDocument);
    }

    /** The passages an answer may be written from, best first, without excerpts. */
    public List<SearchHit> passagesFor(String question, int limit) {
        return index.passagesFor(question, limit);
    }

    /** @return the number of passages indexed */
    public long rebuild() {
        index.replaceAll(passages.all(), generation());
        long count = index.passageCount();
        LOG.info(() -> "Search index rebuilt: " + count + " passages");
        return count;
    }

    /**
     * Re-reads these documents from the database: their newest passages replace the old, retired ones leave. The
     * index then records the database state it matches, so the next start does not rebuild it; if the caller's
     * transaction rolls back, that state no longer matches and the next start does.
     */
    public void refresh(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        for (long documentId : documentIds) {
            var current = passages.ofDocument(documentId);
            if (current.isEmpty()) {
                index.removeDocument(documentId);
            } else {
                index.replaceDocument(documentId, current);
            }
        }
        index.recordGeneration(generation());
    }

    /** The state of the database the index derives from, and of the embeddings its vectors come from. */
    private String generation() {
        return passages.generation() + embeddings.source().map(source -> " with " + source).orElse("");
    }
}
