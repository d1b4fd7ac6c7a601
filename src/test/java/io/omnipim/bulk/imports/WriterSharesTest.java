package io.omnipim.bulk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.omnipim.bulk.format.TableRow;

class WriterSharesTest {

    private static TableRow row(long line, String sku) {
        return new TableRow(line, List.of(sku, "Chaussure de randonnée", "129,90 €"));
    }

    @Test
    void rowsOfOneProductGoToOneShareWhateverTheCase() {
        WriterShares shares = new WriterShares(2, 0, null);
        assertEquals(shares.shareOf(row(2, "FLE-BOOT-42")), shares.shareOf(row(900, " fle-boot-42 ")));
    }

    @Test
    void identifiersAreSpreadOverBothShares() {
        WriterShares shares = new WriterShares(2, 0, null);
        int first = 0;
        for (int i = 0; i < 1000; i++) {
            first += shares.shareOf(row(i + 2, "SKU-" + i)) == 0 ? 1 : 0;
        }
        assertTrue(first > 400 && first < 600, first + " of 1000 in the first share");
    }

    @Test
    void aResumeSkipsEachShareUpToItsOwnCommittedLine() {
        WriterShares before = new WriterShares(2, 0, null);
        TableRow a = row(5, "SKU-A");
        int shareA = before.shareOf(a);
        TableRow other = row(6, "SKU-B");
        for (int i = 0; before.shareOf(other) == shareA; i++) {
            other = row(6, "SKU-B" + i);
        }
        // the share of line 5 committed its batch (up to line 10), the other share's batch did not
        JsonNode cursor = before.cursorAfter(shareA, 10);
        assertEquals(0, cursor.path("line").asLong(), "line: where every share is committed");

        WriterShares resumed = new WriterShares(2, 0, cursor);
        assertTrue(resumed.committed(a));
        assertFalse(resumed.committed(other));
        assertFalse(resumed.committed(row(11, "SKU-A")));
    }

    @Test
    void aBatchMovesItsShareOnlyOnceItCommitted() {
        WriterShares shares = new WriterShares(2, 0, null);
        TableRow a = row(5, "SKU-A");
        int shareA = shares.shareOf(a);
        int other = 1 - shareA;
        shares.cursorAfter(shareA, 10);
        // the batch of share A did not commit: the other share's next cursor must not say it did
        JsonNode next = shares.cursorAfter(other, 12);
        assertEquals(0, next.path("lines").get(shareA).asLong());
        assertEquals(12, next.path("lines").get(other).asLong());
        assertFalse(shares.committed(a));

        shares.markCommitted(shareA, 10);
        assertEquals(10, shares.cursorAfter(other, 12).path("lines").get(shareA).asLong());
        assertTrue(shares.committed(a));
    }

    @Test
    void aCursorOfOneWriterResumesBothSharesAfterItsLine() {
        JsonNode old = JsonNodeFactory.instance.objectNode().put("pass", 1).put("line", 30);
        WriterShares shares = new WriterShares(2, 0, old);
        assertTrue(shares.committed(row(30, "SKU-A")));
        assertTrue(shares.committed(row(29, "SKU-B")));
        assertFalse(shares.committed(row(31, "SKU-A")));
        assertEquals(45, shares.cursorAfter(-1, 45).path("line").asLong(), "one writer moves both shares");
    }

    @Test
    void aResumeKeepsTheSharesOfItsCursorWhateverTheWriters() {
        WriterShares three = new WriterShares(3, 0, null);
        assertEquals(3, three.count());
        TableRow a = row(5, "SKU-A");
        JsonNode cursor = three.cursorAfter(three.shareOf(a), 10);
        assertEquals(3, cursor.path("lines").size());

        WriterShares resumed = new WriterShares(2, 0, cursor);
        assertEquals(3, resumed.count(), "a row's share depends on how many there are");
        assertEquals(3, resumed.writers());
        assertEquals(three.shareOf(row(7, "SKU-Z")), resumed.shareOf(row(7, "SKU-Z")));
        assertTrue(resumed.committed(a));
        assertEquals(1, new WriterShares(1, 0, cursor).writers(), "one writer still takes every share");
    }

    @Test
    void anExportedIdentifierAndTheSameIdentifierTypedGoToOneShare() {
        WriterShares shares = new WriterShares(2, 0, null);
        // an export writes the identifier -1203 as '-1203 so that a spreadsheet does not compute it
        for (String typed : List.of("-1", "-12", "-123", "-1234", "-12345", "-123456", "=SUM", "+33612", "@home",
                "-SKU-A", "-SKU-AB", "-SKU-ABC", "-SKU-ABCD")) {
            assertEquals(shares.shareOf(row(2, typed)), shares.shareOf(row(9, "'" + typed)), typed);
        }
        assertEquals("-1203", shares.key(row(9, "'-1203 ")));
    }
}
