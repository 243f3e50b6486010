package fr.suresnes.contactcenter.knowledge.search;

import java.util.List;

/** The hits, best first, and how many matched in all (documents when grouped by document, passages otherwise). */
public record SearchResults(List<SearchHit> hits, long total) {
}
