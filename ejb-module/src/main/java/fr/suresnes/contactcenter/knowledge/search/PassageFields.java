package fr.suresnes.contactcenter.knowledge.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.Query;

/** The fields of a passage in the Lucene index, and the conversions between passages, index documents and hits. */
final class PassageFields {

    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String SECTION = "section";
    static final String BODY = "body";
    static final String DOCUMENT_ID = "documentId";

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
