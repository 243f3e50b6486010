package fr.suresnes.contactcenter.voice.speech;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** WAV audio converted to 16-bit mono PCM at another sample rate, with the JDK's own sample-rate converter. */
final class WavResampling {

    private WavResampling() {
    }

    static byte[] resampled(byte[] wav, float sampleRate) {
        AudioFormat target = new AudioFormat(sampleRate, 16, 1, true, false);
        try (AudioInputStream source = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav));
             AudioInputStream converted = AudioSystem.getAudioInputStream(target, source)) {
            byte[] pcm = converted.readAllBytes();
            // the WAV writer needs the length up front, which a converted stream does not know
            AudioInputStream complete = new AudioInputStream(new ByteArrayInputStream(pcm), target,
                    pcm.length / target.getFrameSize());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 44);
            AudioSystem.write(complete, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (UnsupportedAudioFileException | IOException | IllegalArgumentException e) {
            throw new SpeechSynthesisException("Audio could not be converted to " + target + ": " + e.getMessage(), e);
        }
    }
}
