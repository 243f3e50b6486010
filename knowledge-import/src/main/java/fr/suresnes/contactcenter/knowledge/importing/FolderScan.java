package fr.suresnes.contactcenter.knowledge.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under the watched folders, in a stable order, and a fingerprint of their names, sizes and
 * modification times: when the fingerprint changes, something was added, changed or removed.
 * Hidden files and folders (a name starting with a dot) are ignored.
 */
public final class FolderScan {

    private final List<ImportCandidate> files;
    private final String fingerprint;

    private FolderScan(List<ImportCandidate> files, String fingerprint) {
        this.files = files;
        this.fingerprint = fingerprint;
    }

    public static FolderScan of(List<Path> folders) {
        List<ImportCandidate> files = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Path folder : folders) {
            Path root = folder.toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> !isHidden(root, path))
                        .filter(Files::isRegularFile)
                        .sorted(Comparator.naturalOrder())
                        .forEach(path -> {
                            String relative = root.relativize(path).toString().replace('\\', '/');
                            files.add(new ImportCandidate(root.toString(), relative, path.toString()));
                            digest.update((path + "|" + stamp(path) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        });
            } catch (IOException | UncheckedIOException e) {
                digest.update(("unreadable " + root + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return new FolderScan(List.copyOf(files), HexFormat.of().formatHex(digest.digest()));
    }

    public List<ImportCandidate> files() {
        return files;
    }

    public String fingerprint() {
        return fingerprint;
    }

    private static boolean isHidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String stamp(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
        } catch (IOException gone) {
            return "gone";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
