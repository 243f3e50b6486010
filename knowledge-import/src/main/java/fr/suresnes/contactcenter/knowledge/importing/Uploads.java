package fr.suresnes.contactcenter.knowledge.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Stores a document an administrator sends (portal or API) into the uploads folder, under a safe name and within
 * the size limit, then asks for an import. The file appears in the folder complete or not at all.
 */
@ApplicationScoped
public class Uploads {

    @Inject
    ImportFolders folders;

    @Inject
    DocumentReading reading;

    /** @return the name the file is stored and imported under */
    public String store(String submittedName, InputStream content) throws UploadRefusedException, IOException {
        String name = UploadedFileName.of(submittedName == null ? "" : submittedName);
        if (name.isEmpty()) {
            throw new UploadRefusedException("Le nom du fichier ne contient aucun caractère utilisable.", false);
        }
        Path temporary = Files.createTempFile(folders.uploads().getParent(), ".upload-", ".part");
        try {
            long copied;
            try (OutputStream out = new LimitedOutputStream(Files.newOutputStream(temporary), reading.maxFileBytes())) {
                copied = content.transferTo(out);
            } catch (LimitedOutputStream.LimitExceededException tooLarge) {
                throw new UploadRefusedException("Fichier trop volumineux : la limite est de " + reading.maxFileBytes()
                        + " octets.", true);
            }
            if (copied == 0) {
                throw new UploadRefusedException("Le document envoyé est vide.", false);
            }
            Files.move(temporary, folders.uploads().resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return name;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
