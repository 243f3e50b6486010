package fr.suresnes.contactcenter.knowledge.reading.tika;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Receives the XHTML Tika writes while parsing and keeps it as blocks: headings h1–h6, paragraphs and list items,
 * table rows (cells joined by " | "), with the page number inside PDF pages ({@code <div class="page">}) and the
 * name of the attachment being read. Pages left without any text are counted, to tell when OCR was needed.
 */
class XhtmlBlockCollector extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "li", "dt", "dd", "pre", "blockquote", "div", "tr",
            "table", "ul", "ol", "dl", "section", "article", "header", "footer", "body", "caption", "address");

    private record Context(String attachment, int page, boolean inPage, boolean pageHasText) {
    }

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Context> enclosing = new ArrayDeque<>();
    private final Deque<Boolean> openDivIsPage = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int headingLevel;
    private String attachment;
    private int page;
    private boolean inPage;
    private boolean pageHasText;
    private int pagesWithoutText;

    List<TextBlock> blocks() {
        flush();
        return blocks;
    }

    int pagesWithoutText() {
        return pagesWithoutText;
    }

    int pages() {
        return page;
    }

    /**
     * The following content belongs to an embedded document named {@code name} (within the attachment being read,
     * "outer / inner"), until {@link #endAttachment()}.
     */
    void startAttachment(String name) {
        flush();
        enclosing.push(new Context(attachment, page, inPage, pageHasText));
        attachment = attachment == null ? name : attachment + " / " + name;
        page = 0;
        inPage = false;
    }

    void endAttachment() {
        flush();
        Context outer = enclosing.pop();
        attachment = outer.attachment();
        page = outer.page();
        inPage = outer.inPage();
        pageHasText = outer.pageHasText();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        boolean pageStarts = "div".equals(name) && "page".equals(attributes.getValue("class"));
        if ("div".equals(name)) {
            openDivIsPage.push(pageStarts);
        }
        if (isHeading(name)) {
            flush();
            headingLevel = name.charAt(1) - '0';
        } else if (pageStarts) {
            flush();
            page++;
            inPage = true;
            pageHasText = false;
        } else if (BLOCKS.contains(name)) {
            flush();
        } else if ("td".equals(name) || "th".equals(name)) {
            if (!text.isEmpty()) {
                text.append(" | ");
            }
        } else if ("br".equals(name)) {
            text.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (isHeading(name) || BLOCKS.contains(name)) {
            flush();
            headingLevel = 0;
        }
        if ("div".equals(name) && !openDivIsPage.isEmpty() && openDivIsPage.pop()) {
            if (!pageHasText) {
                pagesWithoutText++;
            }
            inPage = false;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    private void flush() {
        String block = text.toString().strip();
        text.setLength(0);
        if (block.isEmpty() || block.replace("|", "").isBlank()) {
            return;
        }
        if (inPage) {
            pageHasText = true;
        }
        blocks.add(new TextBlock(block, headingLevel, inPage ? page : null, attachment));
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }
}
