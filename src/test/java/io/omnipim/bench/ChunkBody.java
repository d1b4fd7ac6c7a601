package io.omnipim.bench;

import java.io.InputStream;

/**
 * The body of one collection PATCH request: up to {@code maxLines} lines pulled from a shared {@link LineSource}
 * as the HTTP client reads. A pull stream instead of a generator thread and a pipe: the client's own sending
 * thread does the conversion, and there is no pipe to break if either side stops early.
 */
final class ChunkBody extends InputStream {

    private final LineSource source;
    private final int maxLines;
    private byte[] current;
    private int position;
    private int lines;

    /** Takes the first line at once, so that an exhausted source is known before a request is started. */
    ChunkBody(LineSource source, int maxLines) {
        this.source = source;
        this.maxLines = maxLines;
        this.current = source.next();
        this.lines = current == null ? 0 : 1;
    }

    boolean isEmpty() {
        return lines == 0;
    }

    /** Lines in this body so far; final once the client has read it to the end. */
    synchronized int lines() {
        return lines;
    }

    @Override
    public synchronized int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int copied = 0;
        while (copied < length) {
            if (current == null || position == current.length) {
                if (!advance()) {
                    break;
                }
            }
            int n = Math.min(length - copied, current.length - position);
            System.arraycopy(current, position, buffer, offset + copied, n);
            position += n;
            copied += n;
        }
        return copied == 0 ? -1 : copied;
    }

    private boolean advance() {
        if (current == null || lines >= maxLines) {
            current = null;
            return false;
        }
        current = source.next();
        position = 0;
        if (current == null) {
            return false;
        }
        lines++;
        return true;
    }
}
