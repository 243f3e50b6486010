package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The full-text index of the knowledge base passages, in French, optionally with semantic search: given
 * {@link Embeddings}, passages also get a vector of their meaning, and searches fuse the full-text ranking with the
 * passages nearest in meaning to the question (see {@link SemanticRanking}). Without, searches are full-text only.
 * <p>
 * Searches only ever see committed changes: every write commits, then the searchers refresh, so a search running
 * during {@link #replaceAll} sees the old index until the new one is complete. Writes are serialised; searches run
 * concurrently with each other and with writes. A write that fails leaves the index as it was.
 * <p>
 * I/O failures are thrown as {@link UncheckedIOException}.
 */
public final class PassageIndex implements AutoCloseable {

    private static final String GENERATION = "generation";

    private final Directory directory;
    private final Analyzer indexAnalyzer = FrenchAnalysis.indexAnalyzer();
    private final CitizenQueryBuilder queries = new CitizenQueryBuilder(FrenchAnalysis.queryAnalyzer(), indexAnalyzer);
    private final Excerpts excerpts = new Excerpts(indexAnalyzer);
    private final Object writeLock = new Object();
    private final SearcherManager searchers;
    private final Optional<SemanticRanking> semantic;
    private IndexWriter writer;

    /** Opens the full-text index held by {@code directory}, creating it if empty; the index closes the directory. */
    public PassageIndex(Directory directory) {
        this(directory, Optional.empty());
    }

    /** Opens the index held by {@code directory} with semantic search by {@code embeddings}. */
    public PassageIndex(Directory directory, Embeddings embeddings) {
        this(directory, Optional.of(new SemanticRanking(embeddings)));
    }

    private PassageIndex(Directory directory, Optional<SemanticRanking> semantic) {
        this.directory = directory;
        this.semantic = semantic;
        try {
            writer = openWriter();
            writer.commit();
            searchers = new SearcherManager(directory, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full-text index stored in the file system folder {@code folder}. */
    public static PassageIndex inFolder(Path folder) {
        return new PassageIndex(openFolder(folder));
    }

    /** The index stored in the file system folder {@code folder}, with semantic search by {@code embeddings}. */
    public static PassageIndex inFolder(Path folder, Embeddings embeddings) {
        return new PassageIndex(openFolder(folder), embeddings);
    }

    /** An index in memory, lost on close. */
    public static PassageIndex inMemory() {
        return new PassageIndex(new ByteBuffersDirectory());
    }

    /** Replaces the whole index with {@code passages}, without generation. */
    public void replaceAll(Iterable<IndexedPassage> passages) {
        replaceAll(passages, null);
    }

    /**
     * Replaces the whole index with {@code passages} and records {@code generation} (for example the database state
     * they were read from), which {@link #generation()} returns until the next full replacement.
     */
    public void replaceAll(Iterable<IndexedPassage> passages, String generation) {
        write(() -> {
            writer.deleteAll();
            addAll(passages);
            writer.setLiveCommitData(generation == null ? Map.<String, String>of().entrySet()
                    : Map.of(GENERATION, generation).entrySet());
        });
    }

    /** Replaces the passages of one document (none to remove it); every passage must belong to that document. */
    public void replaceDocument(long documentId, List<IndexedPassage> passages) {
        for (IndexedPassage passage : passages) {
            if (passage.documentId() != documentId) {
                throw new IllegalArgumentException("Passage " + passage.passageId() + " belongs to document "
                        + passage.documentId() + ", not " + documentId);
            }
        }
        write(() -> {
            writer.deleteDocuments(PassageFields.documentIdIs(documentId));
            addAll(passages);
        });
    }

    public void removeDocument(long documentId) {
        replaceDocument(documentId, List.of());
    }

    /** Records that the index now matches {@code generation}, after incremental changes brought it there. */
    public void recordGeneration(String generation) {
        write(() -> writer.setLiveCommitData(Map.of(GENERATION, generation).entrySet()));
    }

    /** The number of passages searches currently see. */
    public long passageCount() {
        return read(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /** The generation recorded by the last full replacement or {@link #recordGeneration}, if any. */
    public Optional<String> generation() {
        return read(searcher -> Optional.ofNullable(((DirectoryReader) searcher.getIndexReader())
                .getIndexCommit().getUserData().get(GENERATION)));
    }

    /**
     * The passages that best match {@code text}, as a citizen or an agent typed it, best first. With semantic
     * search, hits are scored by rank fusion, and passages found by meaning alone count in the total; when the
     * embeddings service fails, the full-text ranking answers alone.
     *
     * @param perDocument at most one hit per document, its best passage; {@link SearchResults#total()} then counts
     *                    matching documents rather than passages
     */
    public SearchResults search(String text, int limit, boolean perDocument) {
        return search(text, limit, perDocument, true);
    }

    /**
     * The passages an answer may be written from, best first, as {@link #search} finds them passage by passage but
     * without excerpts (their excerpt is null): the composer reads whole passages, and highlighting is most of a
     * search's cost.
     */
    public List<SearchHit> passagesFor(String text, int limit) {
        return search(text, limit, false, false).hits();
    }

    private SearchResults search(String text, int limit, boolean perDocument, boolean excerpted) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        Optional<Query> query = queries.build(text);
        if (query.isEmpty()) {
            return new SearchResults(List.of(), 0);
        }
        return read(searcher -> {
            Optional<TopDocs> fused = semantic.isEmpty() ? Optional.empty()
                    : semantic.get().rank(searcher, query.get(), text, limit, perDocument);
            TopDocs top = fused.isPresent() ? fused.get() : fullText(searcher, query.get(), limit, perDocument);
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Document stored = searcher.storedFields().document(scoreDoc.doc);
                String excerpt = excerpted ? excerpts.of(query.get(), stored.get(PassageFields.BODY)) : null;
                hits.add(PassageFields.toHit(stored, excerpt, scoreDoc.score));
            }
            return new SearchResults(List.copyOf(hits), top.totalHits.value);
        });
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try {
                IOUtils.close(searchers, writer, directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Directory openFolder(Path folder) {
        try {
            return FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TopDocs fullText(IndexSearcher searcher, Query query, int limit, boolean perDocument)
            throws IOException {
        return perDocument ? searcher.search(query, new BestPassagePerDocument(limit))
                : searcher.search(query, new TopScoreDocCollectorManager(limit, Integer.MAX_VALUE));
    }

    private void addAll(Iterable<IndexedPassage> passages) throws IOException {
        if (semantic.isPresent()) {
            semantic.get().addAll(passages, writer);
            return;
        }
        for (IndexedPassage passage : passages) {
            writer.addDocument(PassageFields.toDocument(passage));
        }
    }

    private IndexWriter openWriter() throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer)
                .setCodec(new VectorCodec())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    private void write(IndexChange change) {
        synchronized (writeLock) {
            try {
                change.apply();
                writer.commit();
            } catch (IOException | RuntimeException e) {
                discardUncommittedChanges(e);
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void discardUncommittedChanges(Exception cause) {
        try {
            writer.rollback();
            writer = openWriter();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private <T> T read(SearcherTask<T> task) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return task.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IndexChange {
        void apply() throws IOException;
    }

    @FunctionalInterface
    private interface SearcherTask<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
