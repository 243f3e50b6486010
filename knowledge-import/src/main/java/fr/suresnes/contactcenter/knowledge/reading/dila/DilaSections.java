package fr.suresnes.contactcenter.knowledge.reading.dila;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.reading.PassageSplitter;
import org.w3c.dom.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import static fr.suresnes.contactcenter.knowledge.reading.dila.DilaElements.children;
import static fr.suresnes.contactcenter.knowledge.reading.dila.DilaElements.title;

/**
 * Walks the body of a fiche and cuts it into passages along its structure: each situation, chapter, sub-chapter and
 * case opens a section whose title joins the section path (" > "), and the text met inside a section becomes its
 * passages, so a passage never mixes two cases.
 */
final class DilaSections {

    static final String SEPARATOR = " > ";
    private static final Set<String> CONTAINERS = Set.of("ListeSituations", "BlocCas", "Texte", "FragmentConditionne");
    private static final Set<String> SECTIONS = Set.of("Situation", "Chapitre", "SousChapitre");

    private final Deque<String> path = new ArrayDeque<>();
    private final List<String> pending = new ArrayList<>();
    private final List<ImportedPassage> passages = new ArrayList<>();

    /** Reads an element of the body; a section titled {@code sectionTitle} wraps it when the title is not blank. */
    void read(Element element, String sectionTitle) {
        open(sectionTitle);
        walkChildren(element);
        close(sectionTitle);
    }

    /** Adds ready-made blocks as a section of their own. */
    void add(String sectionTitle, List<String> blocks) {
        open(sectionTitle);
        pending.addAll(blocks);
        close(sectionTitle);
    }

    List<ImportedPassage> passages() {
        flush();
        return passages;
    }

    private void walk(Element element) {
        String name = element.getLocalName();
        if (CONTAINERS.contains(name)) {
            walkChildren(element);
        } else if (SECTIONS.contains(name)) {
            read(element, title(element));
        } else if ("Cas".equals(name)) {
            read(element, "Cas : " + title(element));
        } else if (!"Titre".equals(name)) {
            pending.addAll(DilaBlocks.of(element));
        }
    }

    private void walkChildren(Element element) {
        for (Element child : children(element)) {
            walk(child);
        }
    }

    private void open(String sectionTitle) {
        if (!sectionTitle.isBlank()) {
            flush();
            path.addLast(sectionTitle);
        }
    }

    private void close(String sectionTitle) {
        if (!sectionTitle.isBlank()) {
            flush();
            path.removeLast();
        }
    }

    private void flush() {
        if (!pending.isEmpty()) {
            passages.addAll(PassageSplitter.split(String.join(SEPARATOR, path), null, pending));
            pending.clear();
        }
    }
}
