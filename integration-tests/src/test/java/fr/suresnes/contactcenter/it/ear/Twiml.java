package fr.suresnes.contactcenter.it.ear;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A TwiML answer of the callbot, parsed: its verbs in order, each with its attributes, nested verbs and text. */
final class Twiml {

    private final List<Element> verbs;

    private Twiml(List<Element> verbs) {
        this.verbs = verbs;
    }

    static Twiml parse(String text) throws Exception {
        Element response = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        if (!response.getTagName().equals("Response")) {
            throw new AssertionError("not TwiML: " + text);
        }
        return new Twiml(children(response));
    }

    List<String> verbNames() {
        return verbs.stream().map(Element::getTagName).toList();
    }

    Element verb(int index) {
        return verbs.get(index);
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
}
