package io.omnipim.catalog.product.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Stops a copy as soon as more than a limit has been read, so an oversized upload is refused without being written
 * to storage in full.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> overflow;
    private long count;

    LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> overflow) {
        super(in);
        this.limit = limit;
        this.overflow = overflow;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would make the count wrong
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw overflow.get();
        }
    }
}
