package fr.suresnes.contactcenter.platform.bodysize;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.*;

class BoundedInputStreamTest {

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        assertEquals(100, new BoundedInputStream(body(100), 100).readAllBytes().length);
    }

    @Test
    void oneByteBeyondTheLimitFails() {
        BoundedInputStream bounded = new BoundedInputStream(body(101), 100);

        BodyTooLargeException tooLarge = assertThrows(BodyTooLargeException.class, bounded::readAllBytes);
        assertTrue(tooLarge.detail().contains("Ko"), tooLarge.detail());
    }

    @Test
    void readingByteByByteIsCountedToo() throws IOException {
        BoundedInputStream bounded = new BoundedInputStream(body(3), 2);

        assertEquals(0, bounded.read());
        assertEquals(1, bounded.read());
        assertThrows(BodyTooLargeException.class, bounded::read);
    }

    @Test
    void noMoreThanOneByteBeyondTheLimitIsTakenFromTheConnection() throws IOException {
        ByteArrayServletInputStream connection = body(1_000_000);
        BoundedInputStream bounded = new BoundedInputStream(connection, 16_384);

        assertThrows(BodyTooLargeException.class, bounded::readAllBytes);
        assertEquals(1_000_000 - 16_385, connection.bytes.available());
    }

    private static ByteArrayServletInputStream body(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) i;
        }
        return new ByteArrayServletInputStream(new ByteArrayInputStream(bytes));
    }

    /** A request body as the container hands it over. */
    private static final class ByteArrayServletInputStream extends ServletInputStream {

        final ByteArrayInputStream bytes;

        ByteArrayServletInputStream(ByteArrayInputStream bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
