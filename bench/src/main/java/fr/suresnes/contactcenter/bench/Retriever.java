package fr.suresnes.contactcenter.bench;

import java.util.List;

/** A search engine under test: the source IDs of the best documents for a question, best first. */
interface Retriever {

    List<String> rankedSourceIds(String question, int limit);
}
