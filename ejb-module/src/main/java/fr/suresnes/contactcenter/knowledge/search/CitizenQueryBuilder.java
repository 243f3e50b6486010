package fr.suresnes.contactcenter.knowledge.search;

import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a citizen typed into a Lucene query over the passage fields. The text is analysed, never parsed:
 * quotes, parentheses, « * », « AND » or « : » are ordinary characters, so no input can make the query fail.
 */
final class CitizenQueryBuilder {

    /** Keeps the number of clauses well below Lucene's limit whatever the length of the text. */
    private static final int MAX_TEXT_LENGTH = 400;

    private record WeightedField(String name, float boost) {
    }

    private static final List<WeightedField> FIELDS = List.of(
            new WeightedField(PassageFields.TITLE, 3f),
            new WeightedField(PassageFields.DESCRIPTION, 1.5f),
            new WeightedField(PassageFields.SECTION, 1.5f),
            new WeightedField(PassageFields.BODY, 1f));

    private final QueryBuilder analysedTerms;

    CitizenQueryBuilder(Analyzer queryAnalyzer) {
        this.analysedTerms = new QueryBuilder(queryAnalyzer);
    }

    /** The query, or nothing when the text holds no searchable word (blank, punctuation, stop words only). */
    Optional<Query> build(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String bounded = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) : text;
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean anyTerm = false;
        for (WeightedField field : FIELDS) {
            Query fieldQuery = analysedTerms.createBooleanQuery(field.name(), bounded, BooleanClause.Occur.SHOULD);
            if (fieldQuery != null) {
                query.add(new BoostQuery(fieldQuery, field.boost()), BooleanClause.Occur.SHOULD);
                anyTerm = true;
            }
        }
        return anyTerm ? Optional.of(query.build()) : Optional.empty();
    }
}
