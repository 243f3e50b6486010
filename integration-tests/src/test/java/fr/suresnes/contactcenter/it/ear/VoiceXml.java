package fr.suresnes.contactcenter.it.ear;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A VoiceXML document the callbot answered, validated against the W3C VoiceXML 2.1 schema (test resources). */
final class VoiceXml {

    static final String NAMESPACE = "http://www.w3.org/2001/vxml";
    private static final Schema SCHEMA = schema();

    private final Document document;

    private VoiceXml(Document document) {
        this.document = document;
    }

    /** @throws SAXException when the document is not valid VoiceXML 2.1 */
    static VoiceXml valid(String text) throws Exception {
        SCHEMA.newValidator().validate(new StreamSource(new StringReader(text)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return new VoiceXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** everything the first form says before it listens: its field's or transfer's or block's first prompt */
    String firstPrompt() {
        Element form = elements(document.getDocumentElement(), "form").get(0);
        return elements(form, "prompt").get(0).getTextContent().replaceAll("\\s+", " ").strip();
    }

    /** the text of every {@code <s>} of the document's prompts, in order */
    String allPrompts() {
        return String.join(" ", elements(document.getDocumentElement(), "s").stream().map(Element::getTextContent).toList());
    }

    Optional<Element> form(String id) {
        return elements(document.getDocumentElement(), "form").stream().filter(form -> id.equals(form.getAttribute("id")))
                .findFirst();
    }

    /** the value a form's {@code <var>} is initialised to, without its script quotes */
    String variable(Element form, String name) {
        return elements(form, "var").stream().filter(var -> name.equals(var.getAttribute("name"))).findFirst()
                .orElseThrow().getAttribute("expr").replaceAll("^'|'$", "");
    }

    static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(NAMESPACE, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** the handler of this event (noinput, nomatch) for this count, in this element */
    static Element handler(Element parent, String event, int count) {
        return elements(parent, event).stream().filter(handler -> String.valueOf(count).equals(handler.getAttribute("count")))
                .findFirst().orElseThrow(() -> new AssertionError("no <" + event + " count=\"" + count + "\">"));
    }

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(VoiceXml.class.getResource("/voicexml21/vxml.xsd"));
        } catch (SAXException unreadable) {
            throw new IllegalStateException("the VoiceXML 2.1 schema of the test resources is unreadable", unreadable);
        }
    }
}
