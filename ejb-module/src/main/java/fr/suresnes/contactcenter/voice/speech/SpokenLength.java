package fr.suresnes.contactcenter.voice.speech;

/** Keeps what is spoken of a long text within a limit, ending at a sentence, or else at a word. */
final class SpokenLength {

    private SpokenLength() {
    }

    static String atMost(String text, int maxChars) {
        String stripped = text.strip();
        if (stripped.length() <= maxChars) {
            return stripped;
        }
        String head = stripped.substring(0, maxChars);
        int sentenceEnd = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("? "), head.lastIndexOf("! ")));
        if (sentenceEnd > 0) {
            return head.substring(0, sentenceEnd + 1);
        }
        int wordEnd = head.lastIndexOf(' ');
        return wordEnd > 0 ? head.substring(0, wordEnd) : head;
    }
}
