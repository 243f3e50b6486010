package fr.suresnes.contactcenter.bench;

import java.util.Set;

/** A question and the IDs of the documents (DILA fiche IDs) that answer it. */
record LabelledQuestion(String text, Set<String> answeringIds) {
}
