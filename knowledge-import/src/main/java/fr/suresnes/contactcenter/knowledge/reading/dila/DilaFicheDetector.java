package fr.suresnes.contactcenter.knowledge.reading.dila;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises a DILA "vosdroits" fiche by its root element, {@code <Publication>} declaring the Dublin Core namespace. */
public final class DilaFicheDetector {

    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    /** The root element must come within this many bytes, so sniffing never reads a large file. */
    private static final int HEAD_BYTES = 64 * 1024;

    private DilaFicheDetector() {
    }

    public static boolean isDilaFiche(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            if (!startsLikeXml(head)) {
                return false;
            }
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(head));
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

    /** Whether the first significant byte, after a UTF-8 byte order mark and blanks, opens a tag. */
    private static boolean startsLikeXml(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && head[i] == '<';
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
