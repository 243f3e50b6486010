package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The excerpt of a passage to show beside a hit: about {@value #TARGET_LENGTH} characters around the best match,
 * matched words between « [ » and « ] », as plain text (the caller escapes it). Whole sentences are preferred; when
 * they are too long, a window of words around the match is used; without any match, the start of the passage.
 */
final class Excerpts {

    private static final int TARGET_LENGTH = 250;
    private static final int MAX_LENGTH = 320;
    private static final float CENTER_ON_MATCH = 0.5f;

    private final UnifiedHighlighter sentences;
    private final UnifiedHighlighter words;

    Excerpts(Analyzer indexAnalyzer) {
        this.sentences = highlighter(indexAnalyzer, () -> BreakIterator.getSentenceInstance(Locale.FRENCH));
        this.words = highlighter(indexAnalyzer, () -> BreakIterator.getWordInstance(Locale.FRENCH));
    }

    String of(Query query, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String excerpt = highlight(sentences, query, text);
        if (excerpt != null && excerpt.length() > MAX_LENGTH) {
            excerpt = highlight(words, query, text);
        }
        return excerpt != null ? excerpt : start(text);
    }

    private static String highlight(UnifiedHighlighter highlighter, Query query, String text) {
        try {
            Object excerpt = highlighter.highlightWithoutSearcher(PassageFields.BODY, query, text, 1);
            return excerpt == null ? null : excerpt.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String start(String text) {
        if (text.length() <= TARGET_LENGTH) {
            return text;
        }
        int lastSpace = text.lastIndexOf(' ', TARGET_LENGTH);
        return text.substring(0, lastSpace > 0 ? lastSpace : TARGET_LENGTH) + " …";
    }

    private static UnifiedHighlighter highlighter(Analyzer indexAnalyzer, Supplier<BreakIterator> boundaries) {
        return UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        boundaries.get(), TARGET_LENGTH, CENTER_ON_MATCH))
                .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
                .build();
    }
}
