package fr.suresnes.contactcenter.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Reads a question set in JSON Lines: one object per line with {@code question} and {@code fiche_id}. */
final class QuestionFiles {

    private QuestionFiles() {
    }

    static QuestionSet read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
        try {
            List<LabelledQuestion> questions = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(QuestionFiles::parse)
                    .toList();
            return new QuestionSet(name, questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledQuestion parse(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            JsonObject object = reader.readObject();
            return new LabelledQuestion(object.getString("question"), Set.of(object.getString("fiche_id")));
        }
    }
}
