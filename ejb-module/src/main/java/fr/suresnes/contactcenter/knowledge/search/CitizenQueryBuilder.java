package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a citizen typed into a Lucene query over the passage fields. The text is analysed, never parsed:
 * quotes, parentheses, « * », « AND » or « : » are ordinary characters, so no input can make the query fail.
 * <p>
 * Every word is searched in the title, description, section and body, with synonyms; words of
 * {@value #FUZZY_MIN_LENGTH} letters or more (once stemmed) are also searched with one typo, at a lower weight.
 */
final class CitizenQueryBuilder {

    /** Keeps the number of clauses well below Lucene's limit whatever the length of the text. */
    private static final int MAX_TEXT_LENGTH = 400;

    private static final List<WeightedField> FIELDS = List.of(
            new WeightedField(PassageFields.TITLE, 3f),
            new WeightedField(PassageFields.DESCRIPTION, 1.5f),
            new WeightedField(PassageFields.SECTION, 1.5f),
            new WeightedField(PassageFields.BODY, 1f));

    private static final int FUZZY_MIN_LENGTH = 5;
    private static final int FUZZY_PREFIX_LENGTH = 1;
    private static final float FUZZY_WEIGHT = 0.3f;
    private static final List<String> FUZZY_FIELDS = List.of(PassageFields.TITLE, PassageFields.BODY);

    private final QueryBuilder withSynonyms;
    private final Analyzer indexAnalyzer;

    /** @param indexAnalyzer gives the indexed form of the typed words, for typo tolerance */
    CitizenQueryBuilder(Analyzer queryAnalyzer, Analyzer indexAnalyzer) {
        this.withSynonyms = new SynonymsScoredAsOne(queryAnalyzer);
        this.indexAnalyzer = indexAnalyzer;
    }

    /** The query, or nothing when the text holds no searchable word (blank, punctuation, stop words only). */
    Optional<Query> build(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String bounded = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) : text;
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean anyWord = false;
        for (WeightedField field : FIELDS) {
            Query fieldQuery = withSynonyms.createBooleanQuery(field.name(), bounded, BooleanClause.Occur.SHOULD);
            if (fieldQuery != null) {
                query.add(new BoostQuery(fieldQuery, field.weight()), BooleanClause.Occur.SHOULD);
                anyWord = true;
            }
        }
        if (!anyWord) {
            return Optional.empty();
        }
        for (String word : indexedWords(bounded)) {
            if (word.length() >= FUZZY_MIN_LENGTH) {
                for (String field : FUZZY_FIELDS) {
                    Query oneTypo = new FuzzyQuery(new Term(field, word), 1, FUZZY_PREFIX_LENGTH);
                    query.add(new BoostQuery(oneTypo, FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return Optional.of(query.build());
    }

    private Set<String> indexedWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream terms = indexAnalyzer.tokenStream(PassageFields.BODY, text)) {
            CharTermAttribute term = terms.addAttribute(CharTermAttribute.class);
            terms.reset();
            while (terms.incrementToken()) {
                words.add(term.toString());
            }
            terms.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private record WeightedField(String name, float weight) {
    }

    /**
     * Scores a group of multi-word synonyms (« carte grise », « certificat d'immatriculation ») by its best matching
     * alternative, so that a passage using both wordings does not outrank one that answers the question.
     */
    private static final class SynonymsScoredAsOne extends QueryBuilder {

        SynonymsScoredAsOne(Analyzer analyzer) {
            super(analyzer);
        }

        @Override
        protected Query newGraphSynonymQuery(Iterator<Query> alternatives) {
            List<Query> queries = new ArrayList<>();
            alternatives.forEachRemaining(queries::add);
            return new DisjunctionMaxQuery(queries, 0f);
        }
    }
}
