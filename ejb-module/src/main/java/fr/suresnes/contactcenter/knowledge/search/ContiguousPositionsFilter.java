package fr.suresnes.contactcenter.knowledge.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the gaps that removed stop words leave, so that « pacte civil de solidarité » is the three consecutive
 * terms a synonym rule can match. Positions only matter to phrase queries, which this search does not build.
 */
final class ContiguousPositionsFilter extends TokenFilter {

    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

    ContiguousPositionsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (positionIncrement.getPositionIncrement() > 1) {
            positionIncrement.setPositionIncrement(1);
        }
        return true;
    }
}
