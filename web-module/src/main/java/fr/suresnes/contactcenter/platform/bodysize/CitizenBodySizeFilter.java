package fr.suresnes.contactcenter.platform.bodysize;

import fr.suresnes.contactcenter.platform.rest.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Request bodies of the citizen channels (mapped in web.xml) are small: a message is at most a few thousand
 * characters, a VoiceXML turn with a recorded utterance at most {@link #MAX_RECORDING_TURN_BYTES}. A body announced
 * above its limit ({@link #MAX_BODY_BYTES} for the others) is refused with 413 before a byte of it is read; a body
 * without a length (chunked) is read through a stream that fails one byte beyond the limit, which is answered 413 as
 * well: here when a servlet lets the failure through, by {@code UnreadableBodyMapper} for JAX-RS.
 * <p>
 * Form parameters ({@code getParameter}) are parsed by the server from the raw body: a chunked form body is bounded by
 * the server's own {@code max-post-size} only.
 */
public class CitizenBodySizeFilter extends HttpFilter {

    public static final int MAX_BODY_BYTES = 16 * 1024;
    /** a VoiceXML turn may carry the caller's recorded utterance: about a minute of telephone audio */
    public static final int MAX_RECORDING_TURN_BYTES = 1024 * 1024;
    private static final String RECORDING_TURN = "/voice/vxml/turn";

    /** the methods whose body the channels read; the others (such as the GET of server-sent events) go unwrapped */
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int limit = RECORDING_TURN.equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                ? MAX_RECORDING_TURN_BYTES : MAX_BODY_BYTES;
        long announced = request.getContentLengthLong();
        if (announced > limit) {
            refuse(response, new BodyTooLargeException(limit));
            return;
        }
        if (announced >= 0 || !WITH_BODY.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new BoundedRequest(request, limit), response);
        } catch (BodyTooLargeException tooLarge) {
            if (response.isCommitted()) {
                throw tooLarge;
            }
            response.resetBuffer();
            refuse(response, tooLarge);
        }
    }

    private static void refuse(HttpServletResponse response, BodyTooLargeException tooLarge) throws IOException {
        ProblemWriter.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, BodyTooLargeException.TITLE,
                tooLarge.detail());
    }

    /** The request whose body is read through a {@link BoundedInputStream}, opened on first use. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final int limit;
        private BoundedInputStream body;

        BoundedRequest(HttpServletRequest request, int limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new BoundedInputStream(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset;
            try {
                charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException unknown) {
                throw new UnsupportedEncodingException(encoding);
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
