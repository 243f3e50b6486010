package fr.suresnes.contactcenter.knowledge.importing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Writes through until a limit, then refuses: an upload never fills the disk beyond the configured size. */
final class LimitedOutputStream extends FilterOutputStream {

    static final class LimitExceededException extends IOException {
        LimitExceededException() {
            super("size limit exceeded");
        }
    }

    private final long limit;
    private long written;

    LimitedOutputStream(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        count(1);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count(len);
        out.write(b, off, len);
    }

    private void count(int bytes) throws LimitExceededException {
        written += bytes;
        if (written > limit) {
            throw new LimitExceededException();
        }
    }
}
