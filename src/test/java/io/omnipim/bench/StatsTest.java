package io.omnipim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianAndNearestRankPercentiles() {
        Stats odd = Stats.of(List.of(5.0, 1.0, 3.0, 2.0, 4.0));
        assertEquals(3.0, odd.median());
        assertEquals(5.0, odd.p95(), "with five runs p95 is the maximum");
        assertEquals(5.0, odd.max());
        assertEquals(5, odd.count());
        assertEquals(2.5, Stats.of(List.of(4.0, 1.0, 2.0, 3.0)).median());

        List<Double> hundred = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            hundred.add((double) i);
        }
        Stats stats = Stats.of(hundred);
        assertEquals(95.0, stats.p95());
        assertEquals(99.0, stats.p99());
        assertEquals(100.0, stats.max());
        assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
    }

    @Test
    void rowsRenderAsMarkdownTableLines() {
        Row row = new Row("cold start to ready", Stats.of(List.of(12.345, 13.0)), "s", "note");
        assertEquals("| cold start to ready | 2 | 12.67 | 13.00 | 13.00 | s | note |", row.markdown());
        assertEquals("85210", Row.number(85210.4));
        assertEquals("812.5", Row.number(812.46));
        String failed = Row.failed("startup", new IllegalStateException("no jar | here\nlog...")).markdown();
        assertTrue(failed.contains("FAILED: no jar / here |"), failed);
        String table = BenchmarkRunner.table(List.of(row));
        assertTrue(table.startsWith("| benchmark | runs | median | p95 | max | unit | notes |\n|---|"), table);
    }
}
