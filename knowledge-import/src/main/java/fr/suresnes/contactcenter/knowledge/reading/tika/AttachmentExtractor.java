package fr.suresnes.contactcenter.knowledge.reading.tika;

import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Parses the documents embedded in a file (attachments of an e-mail, files of an archive…), at most a given number,
 * and tells the block collector which attachment the text it receives comes from.
 */
class AttachmentExtractor extends ParsingEmbeddedDocumentExtractor {

    private final XhtmlBlockCollector collector;
    private final int maxAttachments;
    private int seen;
    private int skipped;

    AttachmentExtractor(ParseContext context, XhtmlBlockCollector collector, int maxAttachments) {
        super(context);
        this.collector = collector;
        this.maxAttachments = maxAttachments;
        setWriteFileNameToContent(false);
    }

    int skipped() {
        return skipped;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (seen >= maxAttachments) {
            skipped++;
            return false;
        }
        seen++;
        return super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name == null || name.isBlank()) {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
            return;
        }
        collector.startAttachment(name.strip());
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            collector.endAttachment();
        }
    }
}
