package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The retrieval baseline: plain Lucene, one index document per file (its title and the text of all its passages
 * in one field), StandardAnalyzer, BM25 with default parameters, the question's words OR-ed.
 */
final class WholeDocumentBaseline implements Retriever, AutoCloseable {

    private static final String TEXT = "text";
    private static final String SOURCE_ID = "sourceId";

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final QueryBuilder queries = new QueryBuilder(analyzer);
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    WholeDocumentBaseline(Path folder, List<ReadDocument> documents) {
        try {
            directory = FSDirectory.open(folder);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (ReadDocument read : documents) {
                    writer.addDocument(toDocument(read));
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toDocument(ReadDocument read) {
        String text = read.title() + "\n" + read.passages().stream().map(ImportedPassage::content)
                .collect(Collectors.joining("\n"));
        Document document = new Document();
        document.add(new StoredField(SOURCE_ID, read.sourceId()));
        document.add(new TextField(TEXT, text, Field.Store.NO));
        return document;
    }

    @Override
    public List<String> rankedSourceIds(String question, int limit) {
        Query query = queries.createBooleanQuery(TEXT, question);
        if (query == null) {
            return List.of();
        }
        try {
            List<String> sourceIds = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                sourceIds.add(searcher.storedFields().document(hit.doc).get(SOURCE_ID));
            }
            return sourceIds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
