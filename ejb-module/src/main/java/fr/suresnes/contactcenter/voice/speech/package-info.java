/**
 * The speech layer shared by the voice channels: speech-to-text ({@link fr.suresnes.contactcenter.voice.speech.SpeechToText},
 * configured by {@code speech.transcription.*}) and text-to-speech
 * ({@link fr.suresnes.contactcenter.voice.speech.TextToSpeech}, configured by {@code speech.synthesis.*}). By default
 * both happen on the caller's platform (the browser, the telephony gateway): the server receives recognised text and
 * hands out SSML.
 */
package fr.suresnes.contactcenter.voice.speech;
