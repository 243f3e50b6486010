package fr.suresnes.contactcenter.voice.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AudioCacheTest {

    private final AtomicInteger made = new AtomicInteger();

    @Test
    void makesTheAudioOfAKeyOnce() {
        AudioCache cache = new AudioCache(100);

        cache.get(key("Bonjour", SpeechFormat.TELEPHONE), () -> audio(10));
        byte[] again = cache.get(key("Bonjour", SpeechFormat.TELEPHONE), () -> audio(10));

        assertEquals(1, made.get());
        assertArrayEquals(new byte[10], again);
    }

    @Test
    void tellsFormatsApart() {
        AudioCache cache = new AudioCache(100);

        cache.get(key("Bonjour", SpeechFormat.TELEPHONE), () -> audio(10));
        cache.get(key("Bonjour", SpeechFormat.BROWSER), () -> audio(30));

        assertEquals(2, made.get());
        assertEquals(40, cache.bytes());
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsSize() {
        AudioCache cache = new AudioCache(100);
        cache.get(key("un", SpeechFormat.TELEPHONE), () -> audio(40));
        cache.get(key("deux", SpeechFormat.TELEPHONE), () -> audio(40));
        cache.get(key("un", SpeechFormat.TELEPHONE), () -> audio(40));

        cache.get(key("trois", SpeechFormat.TELEPHONE), () -> audio(40));
        cache.get(key("un", SpeechFormat.TELEPHONE), () -> audio(40));
        cache.get(key("deux", SpeechFormat.TELEPHONE), () -> audio(40));

        assertEquals(4, made.get(), "un, deux, trois, then deux again");
        assertEquals(80, cache.bytes());
    }

    @Test
    void keepsNothingLargerThanItself() {
        AudioCache cache = new AudioCache(100);

        cache.get(key("long", SpeechFormat.BROWSER), () -> audio(101));

        assertEquals(0, cache.bytes());
    }

    private byte[] audio(int length) {
        made.incrementAndGet();
        return new byte[length];
    }

    private static AudioCache.Key key(String text, SpeechFormat format) {
        return new AudioCache.Key(text, "espeak-ng fr", format);
    }
}
