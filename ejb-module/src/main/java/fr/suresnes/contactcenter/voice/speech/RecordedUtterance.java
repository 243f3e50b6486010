package fr.suresnes.contactcenter.voice.speech;

import java.util.Locale;

/** What a citizen said, as recorded by their platform: the audio file's bytes and its media type. */
public record RecordedUtterance(byte[] audio, String mediaType) {

    public RecordedUtterance {
        if (audio == null || audio.length == 0) {
            throw new IllegalArgumentException("A recorded utterance has audio");
        }
        if (mediaType == null || !mediaType.toLowerCase(Locale.ROOT).startsWith("audio/")) {
            throw new IllegalArgumentException("Not an audio media type: " + mediaType);
        }
    }

    /**
     * A file name whose extension tells transcription services the format, as they go by it: {@code audio/wav} gives
     * {@code utterance.wav}, {@code audio/mpeg} {@code utterance.mp3}.
     */
    public String fileName() {
        String subtype = mediaType.toLowerCase(Locale.ROOT).substring("audio/".length()).split("[;+]")[0].strip()
                .replaceFirst("^x-", "");
        return "utterance." + switch (subtype) {
            case "mpeg" -> "mp3";
            case "wave", "vnd.wave" -> "wav";
            default -> subtype.replaceAll("[^a-z0-9]", "");
        };
    }
}
