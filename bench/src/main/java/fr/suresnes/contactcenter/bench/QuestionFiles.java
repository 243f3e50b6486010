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

/**
 * Reads a question set in JSON Lines: one object per line with {@code question} and {@code fiche_id}, and, in
 * annotated sets, {@code answer_text} (the words of the fiche that answer) with {@code answer_in_vdd_2020_11}
 * (whether those words are in the corpus' version of the fiche; the span is kept only then).
 */
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
            String span = object.getBoolean("answer_in_vdd_2020_11", false) ? object.getString("answer_text", null) : null;
            return new LabelledQuestion(object.getString("question"), Set.of(object.getString("fiche_id")), span);
        }
    }
}
