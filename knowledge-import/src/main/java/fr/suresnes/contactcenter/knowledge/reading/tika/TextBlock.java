package fr.suresnes.contactcenter.knowledge.reading.tika;

/**
 * One block of text as Tika laid it out: a heading (level 1 to 6) or a paragraph (level 0), the PDF page it is on
 * (null outside PDFs) and the name of the attachment it belongs to (null in the main document).
 */
record TextBlock(String text, int headingLevel, Integer page, String attachment) {

    boolean isHeading() {
        return headingLevel > 0;
    }
}
