package fr.suresnes.contactcenter.voice.spoken;

import java.util.List;

/**
 * A bot reply written for the ear: short sentences to say in order, the last of them the one question asked, if
 * any, followed by its options, each with its key.
 */
public record SpokenReply(List<String> sentences, List<SpokenOption> options) {

    public SpokenReply {
        sentences = List.copyOf(sentences);
        options = List.copyOf(options);
    }

    /** the whole reply, as one text to say */
    public String text() {
        return String.join(" ", sentences);
    }
}
