package fr.suresnes.contactcenter.portal.supervision;

import java.io.IOException;
import java.io.Writer;

/**
 * CSV as French Excel opens it: a UTF-8 byte order mark first (without it Excel reads ANSI and breaks the accents),
 * semicolons between cells, CRLF between rows. Text is always quoted, and text that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return) is defused with a leading apostrophe: a citizen's
 * question must never become a formula on a supervisor's machine. Numbers are written as they are.
 */
final class CsvWriter {

    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    static CsvWriter startingWithByteOrderMark(Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        return new CsvWriter(out);
    }

    CsvWriter row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
