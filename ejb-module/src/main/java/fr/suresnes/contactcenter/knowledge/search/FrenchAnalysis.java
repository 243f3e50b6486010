package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How French text becomes search terms. Indexed text is split into words, stripped of elided articles
 * (« l' », « d' »…), lower-cased, rid of stop words and accents, then stemmed, so that « cartes d'identité »
 * and « carte d'identite » give the same terms. Queries go through the same steps, then the administrative
 * synonyms of {@code synonymes.txt} are added (« CNI » also searches « carte nationale d'identité »).
 */
public final class FrenchAnalysis {

    private static final String SYNONYMS = "synonymes.txt";

    private FrenchAnalysis() {
    }

    /** The analyzer for indexed text (and for highlighting it). */
    public static Analyzer indexAnalyzer() {
        return new FrenchWords(null);
    }

    /** The analyzer for what citizens type: the index analysis plus synonyms. */
    public static Analyzer queryAnalyzer() {
        return new FrenchWords(loadSynonyms());
    }

    private static SynonymMap loadSynonyms() {
        // Synonym rules go through the same analysis as queries, so one rule covers accents, plurals and elisions;
        // a rule spans stop words (« pacte civil de solidarité »), hence the closed position gaps.
        try (Analyzer ruleAnalyzer = new FrenchWords(null);
             InputStream in = FrenchAnalysis.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + SYNONYMS);
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Invalid " + SYNONYMS + ": " + e.getMessage(), e);
        }
    }

    private static final class FrenchWords extends Analyzer {

        private final SynonymMap synonyms;

        FrenchWords(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            TokenStream terms = new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
            terms = new LowerCaseFilter(terms);
            terms = new StopFilter(terms, FrenchAnalyzer.getDefaultStopSet());
            terms = new ASCIIFoldingFilter(terms);
            terms = new FrenchLightStemFilter(terms);
            terms = new ContiguousPositionsFilter(terms);
            if (synonyms != null) {
                terms = new SynonymGraphFilter(terms, synonyms, true);
            }
            return new TokenStreamComponents(words, terms);
        }
    }
}
