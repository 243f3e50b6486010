package fr.suresnes.contactcenter.voice.speech;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Audio already made, least recently used first out, bounded by its total size in bytes. A text spoken twice at
 * the same time may be made twice; the second result replaces the first. Thread-safe.
 */
final class AudioCache {

    /** What identifies a piece of audio: the text, the engine with its voice, and the format. */
    record Key(String text, String voice, SpeechFormat format) {
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    AudioCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] get(Key key, Supplier<byte[]> making) {
        synchronized (this) {
            byte[] known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] made = making.get();
        if (made.length <= maxBytes) {
            put(key, made);
        }
        return made;
    }

    synchronized long bytes() {
        return bytes;
    }

    private synchronized void put(Key key, byte[] audio) {
        byte[] replaced = entries.put(key, audio);
        bytes += audio.length - (replaced == null ? 0 : replaced.length);
        Iterator<Map.Entry<Key, byte[]>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }
}
