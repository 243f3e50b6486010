package fr.suresnes.contactcenter.knowledge.reading.dila;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Small DOM helpers for DILA fiches: children by name, the title of an element, readable text of inline content. */
final class DilaElements {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SPACE_BEFORE_STOP = Pattern.compile("\\s+([.,)])");

    private DilaElements() {
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static Optional<Element> child(Element parent, String localName) {
        return children(parent).stream().filter(child -> localName.equals(child.getLocalName())).findFirst();
    }

    /** The text of the element's {@code <Titre>}, or blank. */
    static String title(Element element) {
        return child(element, "Titre").map(DilaElements::text).orElse("");
    }

    /** The text of an inline element (paragraph, cell, title) on one line, links and emphasis reduced to their words. */
    static String text(Element element) {
        String collapsed = SPACES.matcher(element.getTextContent()).replaceAll(" ").strip();
        return SPACE_BEFORE_STOP.matcher(collapsed).replaceAll("$1");
    }
}
