package fr.suresnes.contactcenter.it.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core (the copy bundled in Deque's jar on Maven Central) run on the page the browser shows, open shadow roots
 * included. Violations of impact serious or critical fail the test; the others are printed.
 */
final class Axe {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String SOURCE = read("/axe.min.js");

    private Axe() {
    }

    static void assertNoSeriousViolation(JavascriptExecutor browser, String where) {
        browser.executeScript(SOURCE);
        String outcome = (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(results => done(JSON.stringify(results.violations)), failure => done(JSON.stringify(String(failure))));
                """);
        JsonValue result = Json.createReader(new StringReader(outcome)).readValue();
        if (result.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new AssertionError("axe-core could not run on " + where + ": " + result);
        }
        List<JsonObject> violations = ((JsonArray) result).getValuesAs(JsonObject.class);
        List<JsonObject> blocking = violations.stream().filter(v -> BLOCKING.contains(v.getString("impact", ""))).toList();
        violations.stream().filter(v -> !blocking.contains(v))
                .forEach(v -> System.out.println("axe-core on " + where + ", not blocking: " + describe(v)));
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe-core on " + where + ":\n"
                    + blocking.stream().map(Axe::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(JsonObject violation) {
        return violation.getString("impact", "?") + " " + violation.getString("id") + " (" + violation.getString("help") + ") at "
                + violation.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .map(node -> node.get("target").toString() + " " + node.getString("failureSummary", ""))
                .collect(Collectors.joining("; "));
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: com.deque.html.axe-core:selenium bundles it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
