package fr.suresnes.contactcenter.platform.rest;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;

/**
 * JSON-B for the REST API, as by default but for text: a text field takes a JSON string only, where the default
 * would turn {@code 42} or {@code true} into "42" or "true". The request is then refused as unreadable (400).
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new StringsOnly()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    private static final class StringsOnly implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value instanceof JsonString text) {
                return text.getString();
            }
            throw new JsonbException("a JSON string is expected, not " + value.getValueType());
        }
    }
}
