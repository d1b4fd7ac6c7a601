package io.omnipim.syndication.amazon;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The changes of one run (or one on-change burst) gathered in a temporary file, one JSON line each, so that they go
 * to Amazon in as few feeds as its limits allow (25,000 messages each) while memory does not grow with the catalog.
 * Read as many times as needed: once to write the feeds, once to record what Amazon accepted.
 */
final class ListingSpool implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final Path file;
    private final BufferedWriter out;
    private long size;

    ListingSpool() {
        try {
            file = Files.createTempFile("omnipim-amazon-changes-", ".jsonl");
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the temporary file of the Amazon changes", e);
        }
    }

    synchronized void add(SpooledListing listing) {
        try {
            out.write(JSON.writeValueAsString(listing));
            out.write('\n');
            size++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized long size() {
        return size;
    }

    /** The listings in the order they were added; the reader closes at the end. */
    synchronized Iterator<SpooledListing> read() {
        try {
            out.flush();
            BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return new Iterator<>() {

                private String line = readLine(in);

                @Override
                public boolean hasNext() {
                    return line != null;
                }

                @Override
                public SpooledListing next() {
                    if (line == null) {
                        throw new NoSuchElementException();
                    }
                    try {
                        SpooledListing listing = JSON.readValue(line, SpooledListing.class);
                        line = readLine(in);
                        return listing;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readLine(BufferedReader in) {
        try {
            String line = in.readLine();
            if (line == null) {
                in.close();
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
