package fr.suresnes.contactcenter.platform.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * A request body of one of our own types is a JSON object. An array in its place is refused as unreadable (400),
 * where JSON-B would quietly take the array's first element.
 */
@Provider
public class ObjectBodiesOnly implements ReaderInterceptor {

    private static final String OUR_TYPES = "fr.suresnes.contactcenter.";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!context.getType().getName().startsWith(OUR_TYPES) || !isJson(context.getMediaType())) {
            return context.proceed();
        }
        PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
        int first = body.read();
        while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
            first = body.read();
        }
        if (first == '[') {
            throw new ProcessingException("a JSON object is expected, not an array");
        }
        if (first >= 0) {
            body.unread(first);
        }
        context.setInputStream(body);
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }
}
