package io.omnipim.bulk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Batches read ahead come out in file order, a reader failure after the batches before it, and close stops it. */
class ReadAheadTest {

    @Test
    void batchesComeInOrderThenTheEnd() {
        for (boolean ahead : new boolean[]{true, false}) {
            List<String> out = new ArrayList<>();
            try (ReadAhead<String> batches = ReadAhead.start(source("lignes 1-3", "lignes 4-6", "ligne 7"), "t",
                    ahead)) {
                String b;
                while ((b = batches.next()) != null) {
                    out.add(b);
                }
                assertThat(batches.next()).isNull();
            }
            assertThat(out).containsExactly("lignes 1-3", "lignes 4-6", "ligne 7");
        }
    }

    @Test
    void aBrokenRowFailsAfterTheBatchesBeforeIt() {
        Iterator<String> it = List.of("lignes 1-3").iterator();
        Supplier<String> source = () -> {
            if (it.hasNext()) {
                return it.next();
            }
            throw new IllegalArgumentException("line 4: unclosed quote");
        };
        try (ReadAhead<String> batches = ReadAhead.start(source, "t", true)) {
            assertThat(batches.next()).isEqualTo("lignes 1-3");
            assertThatThrownBy(batches::next).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("line 4");
        }
    }

    @Test
    void closeStopsReadingAfterACancel() {
        AtomicInteger read = new AtomicInteger();
        Supplier<String> endless = () -> "batch " + read.incrementAndGet();
        try (ReadAhead<String> batches = ReadAhead.start(endless, "t", true)) {
            assertThat(batches.next()).isEqualTo("batch 1");
        }
        int afterClose = read.get();
        // a batch or two past the one taken at most: the reader stopped, it does not run to the end of the file
        assertThat(afterClose).isLessThanOrEqualTo(4);
    }

    private static Supplier<String> source(String... batches) {
        Iterator<String> it = List.of(batches).iterator();
        return () -> it.hasNext() ? it.next() : null;
    }
}
