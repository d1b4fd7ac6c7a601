package io.omnipim.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** What a COPY stores is exactly what was given: quotes, commas, line breaks, backslashes, NULL versus empty. */
@QuarkusTest
class CopyRowsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void storesTextArraysAndNullsAsGiven() throws SQLException {
        String tricky = "Jogging \"élégant\", 12,5 €\r\nligne 2\n\\.\n\\N ; <p>fin</p>";
        List<String> labels = List.of("a\"b", "c\\d", "x,y", "{}", "NULL", "", "Größe");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE copy_check (n BIGINT, t TEXT, e TEXT, z TEXT, a TEXT[], j JSONB)"
                        + " ON COMMIT DROP");
            }
            CopyRows rows = new CopyRows(c, "copy_check (n, t, e, z, a, j)");
            rows.plain(42L).text(tricky).text("").text(null).array(labels)
                    .text("{\"name\":\"Elegante \\\"Jogginghose\\\"\",\"n\":1}").end();
            rows.plain(43L).text("deux").text(null).text("z").array(List.of()).text(null).end();
            assertThat(rows.copy()).isEqualTo(2);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT n, t, e, z, a, j->>'name' FROM copy_check ORDER BY n")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(42);
                assertThat(rs.getString(2)).isEqualTo(tricky);
                assertThat(rs.getString(3)).isEmpty();
                assertThat(rs.getString(4)).isNull();
                assertThat(Arrays.asList((String[]) rs.getArray(5).getArray())).isEqualTo(labels);
                assertThat(rs.getString(6)).isEqualTo("Elegante \"Jogginghose\"");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(3)).isNull();
                assertThat(new ArrayList<>(Arrays.asList((String[]) rs.getArray(5).getArray()))).isEmpty();
                assertThat(rs.getString(6)).isNull();
            }
            c.rollback();
        }
    }

    @Test
    void storesJsonSerialisedStraightIntoTheRows() throws Exception {
        ObjectNode values = json.createObjectNode();
        values.putObject("name").putObject("<all_channels>").put("fr_FR", "Jogging \"élégant\", 12,5 € \\ \n\"\"");
        values.putObject("sizes").putArray("list").add("36\"").add("Größe").add("");
        List<String> changes = List.of("a\"b", "\"", "\"\"\"");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE copy_json (n BIGINT, j JSONB, l JSONB, e JSONB) ON COMMIT DROP");
            }
            CopyRows rows = new CopyRows(c, "copy_json (n, j, l, e)");
            rows.plain(1L).json(json, values).json(json, changes).json(json, json.createObjectNode()).end();
            assertThat(rows.copy()).isEqualTo(1);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT j::text, l::text, e::text FROM copy_json")) {
                assertThat(rs.next()).isTrue();
                assertThat(json.readTree(rs.getString(1))).isEqualTo(values);
                assertThat(json.readTree(rs.getString(2))).isEqualTo(json.valueToTree(changes));
                assertThat(rs.getString(3)).isEqualTo("{}");
            }
            c.rollback();
        }
    }

    @Test
    void sendsLargeBatchesInPiecesAndCancelsAnUnfinishedCopy() throws SQLException {
        String text = "Veste imperméable \"Größe\", 129,90 € – ".repeat(8);
        int count = 4 * CopyRows.PIECE / text.length();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE copy_pieces (n BIGINT, t TEXT) ON COMMIT DROP");
            }
            try (CopyRows rows = new CopyRows(c, "copy_pieces (n, t)")) {
                for (int i = 0; i < count; i++) {
                    rows.plain(i).text(text + i).end();
                }
                assertThat(rows.copy()).isEqualTo(count);
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT t), min(n),"
                            + " bool_and(t LIKE '%Größe%') FROM copy_pieces")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).as("every row of every piece").isEqualTo(count);
                assertThat(rs.getLong(2)).isEqualTo(count);
                assertThat(rs.getLong(3)).isZero();
                assertThat(rs.getBoolean(4)).isTrue();
            }
            try (CopyRows rows = new CopyRows(c, "copy_pieces (n, t)")) {
                for (int i = 0; i < count; i++) {
                    rows.plain(-1).text(text).end();
                }
                // closed without copy(), as when building the rows fails: the transaction is to be rolled back
            }
            c.rollback();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
                assertThat(rs.next()).as("the connection is usable after the rollback").isTrue();
            }
            c.rollback();
        }
    }
}
