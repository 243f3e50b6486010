package fr.suresnes.contactcenter.conversation.answer;

import fr.suresnes.contactcenter.knowledge.search.FrenchAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a question that carry its topic, compared with passages as the search compares them: analysed by
 * {@link FrenchAnalysis} (no accents, stems, synonyms), without stop words and question words (« comment »,
 * « combien », « faut »…). Each question word is kept as the set of terms that match it, its synonyms included, so
 * « CNI » is found in a passage about the « carte nationale d'identité ».
 */
final class ContentWords {

    private static final Analyzer QUERY = FrenchAnalysis.queryAnalyzer();
    private static final Analyzer INDEX = FrenchAnalysis.indexAnalyzer();
    private static final Set<String> QUESTION_TERMS = terms(INDEX, "comment quoi quel quelle quels quelles combien "
            + "pourquoi quand où faire fait faut falloir peux peut puis pouvoir veux voudrais vouloir souhaite besoin "
            + "dois doit savoir bonjour merci madame monsieur svp cas situation");

    private final List<Set<String>> words;

    private ContentWords(List<Set<String>> words) {
        this.words = words;
    }

    static ContentWords ofQuestion(String question) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : question.split("\\s+")) {
            Set<String> alternatives = terms(QUERY, word);
            alternatives.removeAll(QUESTION_TERMS);
            if (!alternatives.isEmpty() && words.stream().noneMatch(alternatives::equals)) {
                words.add(alternatives);
            }
        }
        return new ContentWords(words);
    }

    /** The indexed terms of a text, to look question words up in. */
    static Set<String> termsOf(String text) {
        return terms(INDEX, text);
    }

    /** How many of the question's words the terms hold. */
    int foundIn(Collection<String> terms) {
        return (int) words.stream().filter(alternatives -> alternatives.stream().anyMatch(terms::contains)).count();
    }

    /** The share of the question's words the terms hold, in [0, 1]; 0 for a question without content words. */
    double shareFoundIn(Collection<String> terms) {
        return words.isEmpty() ? 0 : (double) foundIn(terms) / words.size();
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
