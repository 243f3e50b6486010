package fr.suresnes.contactcenter.history.boundary;

/**
 * A file of a recorded contact as a history lists it, without its content (read only to download it).
 *
 * @param extractedText {@code null} when it could not be read
 * @param problem       why it could not, in French, or {@code null}
 */
public record AttachmentSummary(long id, String fileName, String mediaType, long sizeBytes, String extractedText,
                                String problem) {
}
