package fr.suresnes.contactcenter.portal.supervision;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.*;

class CsvWriterTest {

    @Test
    void theFileStartsWithAByteOrderMarkAndRowsEndWithCrLf() throws IOException {
        StringWriter out = new StringWriter();

        CsvWriter.startingWithByteOrderMark(out).row("Canal", "Conversations").row("Téléphone", 12L).row();

        assertEquals("\uFEFF\"Canal\";\"Conversations\"\r\n\"Téléphone\";12\r\n\r\n", out.toString());
    }

    @Test
    void quotesSemicolonsAndLineBreaksStayInsideTheirCell() {
        assertEquals("\"il a dit \"\"bonjour\"\"\"", CsvWriter.cell("il a dit \"bonjour\""));
        assertEquals("\"un; deux\ntrois\"", CsvWriter.cell("un; deux\ntrois"));
    }

    @Test
    void textAFormulaCouldBeIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvWriter.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+33 1 41 18 19 20\"", CsvWriter.cell("+33 1 41 18 19 20"));
        assertEquals("\"'-2+3\"", CsvWriter.cell("-2+3"));
        assertEquals("\"'@SUM(A1)\"", CsvWriter.cell("@SUM(A1)"));
        assertEquals("\"'\tcmd\"", CsvWriter.cell("\tcmd"));
        assertEquals("\"a=b\"", CsvWriter.cell("a=b"), "only a leading sign starts a formula");
    }

    @Test
    void numbersAreWrittenAsTheyAreAndNothingAsAnEmptyCell() {
        assertEquals("42", CsvWriter.cell(42L));
        assertEquals("7", CsvWriter.cell(7));
        assertEquals("", CsvWriter.cell(null));
        assertEquals("\"\"", CsvWriter.cell(""));
    }
}
