package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;

/** The fields of a passage in the Lucene index, and the conversions between passages, index documents and hits. */
final class PassageFields {

    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String SECTION = "section";
    static final String BODY = "body";
    static final String DOCUMENT_ID = "documentId";
    static final String VECTOR = "vector";

    private static final String PASSAGE_ID = "passageId";
    private static final String VERSION_ID = "versionId";
    private static final String SOURCE_ID = "sourceId";
    private static final String URL = "url";
    private static final String PAGE = "page";

    private PassageFields() {
    }

    static Document toDocument(IndexedPassage passage) {
        Document document = new Document();
        document.add(new LongField(DOCUMENT_ID, passage.documentId(), Field.Store.YES));
        document.add(new StoredField(PASSAGE_ID, passage.passageId()));
        document.add(new StoredField(VERSION_ID, passage.versionId()));
        addText(document, TITLE, passage.title());
        addText(document, DESCRIPTION, passage.description());
        addText(document, SECTION, passage.section());
        addText(document, BODY, passage.text());
        addStored(document, SOURCE_ID, passage.sourceId());
        addStored(document, URL, passage.url());
        if (passage.page() != null) {
            document.add(new StoredField(PAGE, passage.page()));
        }
        return document;
    }

    /** The text whose meaning the passage's vector captures: where it stands in its document, then its text. */
    static String meaning(IndexedPassage passage) {
        return Stream.of(passage.title(), passage.section(), passage.text()).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }

    static IndexableField vector(float[] vector) {
        return new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE);
    }

    static Query nearest(float[] vector, int count) {
        return new KnnFloatVectorQuery(VECTOR, vector, count);
    }

    static long documentId(StoredFields storedFields, int doc) throws IOException {
        return longValue(storedFields.document(doc, Set.of(DOCUMENT_ID)), DOCUMENT_ID);
    }

    static Query documentIdIs(long documentId) {
        return LongField.newExactQuery(DOCUMENT_ID, documentId);
    }

    static SearchHit toHit(Document stored, String excerpt, float score) {
        IndexableField page = stored.getField(PAGE);
        return new SearchHit(longValue(stored, DOCUMENT_ID), stored.get(SOURCE_ID), stored.get(TITLE), stored.get(URL),
                stored.get(SECTION), page == null ? null : page.numericValue().intValue(), excerpt, score,
                longValue(stored, PASSAGE_ID), longValue(stored, VERSION_ID));
    }

    private static long longValue(Document stored, String field) {
        return stored.getField(field).numericValue().longValue();
    }

    private static void addText(Document document, String field, String value) {
        if (value != null) {
            document.add(new TextField(field, value, Field.Store.YES));
        }
    }

    private static void addStored(Document document, String field, String value) {
        if (value != null) {
            document.add(new StoredField(field, value));
        }
    }
}
