package fr.suresnes.contactcenter.knowledge.reading.tika;

import fr.suresnes.contactcenter.knowledge.boundary.ImportedDocument.ImportedPassage;
import fr.suresnes.contactcenter.knowledge.reading.PassageSplitter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the blocks of a document into passages along its structure: the section path is made of the attachment
 * ("Pièce jointe : name"), the headings h1–h6 above the text and the article of a municipal act (« Article 1er »,
 * « ARTICLE 3 »…) the text belongs to; a passage never crosses a PDF page, a heading, an article or an attachment.
 */
final class StructuredChunker {

    static final String SEPARATOR = " > ";
    private static final Pattern ARTICLE = Pattern.compile(
            "^\\s*(?:Article|ARTICLE)\\s+(1\\s?er|1ER|premier|PREMIER|unique|UNIQUE|\\d+)(?=\\s*[.:)\\-–—]|\\s*$)");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final List<ImportedPassage> passages = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private final String[] headings = new String[7];
    private String attachment;
    private Integer page;
    private String article;

    private StructuredChunker() {
    }

    static List<ImportedPassage> passagesOf(List<TextBlock> blocks) {
        StructuredChunker chunker = new StructuredChunker();
        blocks.forEach(chunker::add);
        chunker.flush();
        return chunker.passages;
    }

    private void add(TextBlock block) {
        if (!Objects.equals(block.attachment(), attachment)) {
            flush();
            attachment = block.attachment();
            Arrays.fill(headings, null);
            article = null;
        }
        if (!Objects.equals(block.page(), page)) {
            flush();
            page = block.page();
        }
        if (block.isHeading()) {
            flush();
            headings[block.headingLevel()] = oneLine(block.text());
            Arrays.fill(headings, block.headingLevel() + 1, headings.length, null);
            article = null;
        } else {
            for (String paragraph : BLANK_LINE.split(block.text())) {
                addParagraph(paragraph);
            }
        }
    }

    private void addParagraph(String paragraph) {
        StringBuilder lines = new StringBuilder();
        for (String line : paragraph.lines().toList()) {
            Matcher articleStart = ARTICLE.matcher(line);
            if (articleStart.find()) {
                pendOneLine(lines);
                flush();
                article = "Article " + normalized(articleStart.group(1));
            }
            lines.append(line).append('\n');
        }
        pendOneLine(lines);
    }

    private void pendOneLine(StringBuilder lines) {
        String text = oneLine(lines.toString());
        if (!text.isEmpty()) {
            pending.add(text);
        }
        lines.setLength(0);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<String> path = new ArrayList<>();
        if (attachment != null) {
            path.add("Pièce jointe : " + attachment);
        }
        for (String heading : headings) {
            if (heading != null) {
                path.add(heading);
            }
        }
        if (article != null) {
            path.add(article);
        }
        passages.addAll(PassageSplitter.split(String.join(SEPARATOR, path), page, pending));
        pending.clear();
    }

    private static String normalized(String number) {
        String lower = number.toLowerCase(Locale.ROOT).replace(" ", "");
        return "premier".equals(lower) ? "1er" : lower;
    }

    private static String oneLine(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
