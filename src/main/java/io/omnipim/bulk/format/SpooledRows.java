package io.omnipim.bulk.format;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table file as already read once, in a compact file of our own (line number, then each cell's UTF-8
 * bytes): an XLSX is unzipped and its XML parsed once, by the check that must read every row before anything is
 * written, and the import then reads these rows back at a fraction of the cost. The file appears under its final
 * name only when complete ({@link Writer#complete()}), so a spool that exists holds every row.
 */
public final class SpooledRows {

    private static final int BUFFER = 1 << 16;
    private static final long END = -1;

    private SpooledRows() {
    }

    /** Writes the spool while a reader goes through the file. */
    public static Writer writer(Path spool, TableFormat format, List<String> header) {
        return new Writer(spool, format, header);
    }

    /** Reads a complete spool back as the file it was written from. */
    public static TableReader open(Path spool) {
        try {
            return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(spool), BUFFER)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the rows kept at " + spool, e);
        }
    }

    /** Rows written one after the other; {@link #close()} without {@link #complete()} leaves no spool. */
    public static final class Writer implements Closeable {

        private final Path spool;
        private final Path partial;
        private final DataOutputStream out;
        private boolean completed;

        private Writer(Path spool, TableFormat format, List<String> header) {
            this.spool = spool;
            this.partial = spool.resolveSibling(spool.getFileName() + ".partial");
            try {
                this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), BUFFER));
                out.writeUTF(format.kind().name());
                out.writeChar(format.delimiter());
                out.writeUTF(format.charset() == null ? "" : format.charset().name());
                out.writeBoolean(format.bom());
                text(format.sheet());
                cells(header);
            } catch (IOException e) {
                throw new UncheckedIOException("could not keep the rows read at " + partial, e);
            }
        }

        public void row(TableRow row) {
            try {
                out.writeLong(row.line());
                cells(row.cells());
            } catch (IOException e) {
                throw new UncheckedIOException("could not keep the rows read at " + partial, e);
            }
        }

        /** Every row is written: the spool takes its final name. */
        public void complete() throws IOException {
            out.writeLong(END);
            out.close();
            Files.move(partial, spool, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            completed = true;
        }

        @Override
        public void close() throws IOException {
            if (!completed) {
                out.close();
                Files.deleteIfExists(partial);
            }
        }

        private void cells(List<String> cells) throws IOException {
            out.writeInt(cells.size());
            for (String cell : cells) {
                text(cell);
            }
        }

        private void text(String text) throws IOException {
            if (text == null) {
                out.writeInt(-1);
                return;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static final class Reader implements TableReader {

        private final DataInputStream in;
        private final TableFormat format;
        private final List<String> header;
        private boolean ended;

        Reader(DataInputStream in) throws IOException {
            this.in = in;
            FileKind kind = FileKind.valueOf(in.readUTF());
            char delimiter = in.readChar();
            String charset = in.readUTF();
            boolean bom = in.readBoolean();
            this.format = new TableFormat(kind, delimiter, charset.isEmpty() ? null : Charset.forName(charset), bom,
                    text());
            this.header = List.copyOf(cells());
        }

        @Override
        public TableFormat format() {
            return format;
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public TableRow next() {
            if (ended) {
                return null;
            }
            try {
                long line = in.readLong();
                if (line == END) {
                    ended = true;
                    return null;
                }
                return new TableRow(line, cells());
            } catch (IOException e) {
                throw new UncheckedIOException("could not read back the rows already read", e);
            }
        }

        private List<String> cells() throws IOException {
            int size = in.readInt();
            List<String> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(text());
            }
            return out;
        }

        private String text() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
