package fr.suresnes.contactcenter.knowledge.importing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The folders the knowledge base is imported from: those of knowledge.import.dirs, and the uploads folder where
 * documents sent through the portal or the API land (under contactcenter.data.dir, else the server's data folder).
 */
@ApplicationScoped
public class ImportFolders {

    @Inject
    @ConfigProperty(name = "knowledge.import.dirs")
    Optional<String> configured;

    private List<Path> folders;
    private Path uploads;

    @PostConstruct
    void resolve() {
        String data = System.getProperty("contactcenter.data.dir", System.getProperty("jboss.server.data.dir", "data"));
        uploads = Path.of(data, "uploads").toAbsolutePath().normalize();
        try {
            Files.createDirectories(uploads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the uploads folder " + uploads, e);
        }
        List<Path> all = new ArrayList<>();
        configured.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> Path.of(value).toAbsolutePath().normalize())
                .forEach(all::add);
        all.add(uploads);
        folders = List.copyOf(all);
    }

    public List<Path> all() {
        return folders;
    }

    public Path uploads() {
        return uploads;
    }

    static List<Path> fromParameter(String parameter) {
        return parameter.lines().filter(line -> !line.isBlank()).map(Path::of).toList();
    }
}
