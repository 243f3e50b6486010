package fr.suresnes.contactcenter.knowledge.reading.dila;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises a DILA "vosdroits" fiche by its root element, {@code <Publication>} declaring the Dublin Core namespace. */
public final class DilaFicheDetector {

    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    private DilaFicheDetector() {
    }

    public static boolean isDilaFiche(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        return "Publication".equals(xml.getLocalName()) && declaresDublinCore(xml);
                    }
                }
                return false;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | IOException | RuntimeException notXml) {
            return false;
        }
    }

    private static boolean declaresDublinCore(XMLStreamReader xml) {
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            if (DUBLIN_CORE.equals(xml.getNamespaceURI(i))) {
                return true;
            }
        }
        return false;
    }
}
