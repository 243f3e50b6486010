package fr.suresnes.contactcenter.history.boundary;

/**
 * A file given with a recorded contact and what reading it gave: its text, or why there is none.
 *
 * @param text    {@code null} when the file could not be read
 * @param problem {@code null} when it could, else the reason in French
 */
public record AttachmentText(String fileName, String mediaType, byte[] content, String text, String problem) {
}
