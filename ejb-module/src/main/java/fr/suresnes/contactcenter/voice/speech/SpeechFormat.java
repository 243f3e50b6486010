package fr.suresnes.contactcenter.voice.speech;

/** Who is to hear server-made audio, which decides its format. Both are 16-bit mono PCM WAV ({@code audio/wav}). */
public enum SpeechFormat {

    /** 8 kHz, what telephone lines carry: telephony gateways play it as is. */
    TELEPHONE(8000f),

    /** the engine's own sample rate (22,050 Hz for espeak-ng), for browsers. */
    BROWSER(0f);

    public static final String MEDIA_TYPE = "audio/wav";

    private final float sampleRate;

    SpeechFormat(float sampleRate) {
        this.sampleRate = sampleRate;
    }

    /** Whether the engine's audio must be resampled, and to what rate. */
    boolean resamples() {
        return sampleRate > 0;
    }

    float sampleRate() {
        return sampleRate;
    }
}
