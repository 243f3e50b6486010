package fr.suresnes.contactcenter.platform.bodysize;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import java.io.IOException;

/** A request body that reads at most one byte beyond its limit, and then fails with {@link BodyTooLargeException}. */
final class BoundedInputStream extends ServletInputStream {

    private final ServletInputStream body;
    private final long limit;
    private long count;

    BoundedInputStream(ServletInputStream body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int next = body.read();
        if (next >= 0) {
            counted(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long allowed = limit - count + 1;
        int read = body.read(buffer, offset, (int) Math.min(length, allowed));
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public boolean isFinished() {
        return body.isFinished();
    }

    @Override
    public boolean isReady() {
        return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }

    private void counted(int bytes) throws BodyTooLargeException {
        count += bytes;
        if (count > limit) {
            throw new BodyTooLargeException(limit);
        }
    }
}
