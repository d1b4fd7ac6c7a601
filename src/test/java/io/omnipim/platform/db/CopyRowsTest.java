package io.omnipim.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** What a COPY stores is exactly what was given: every type, quotes, line breaks, backslashes, NULL versus empty. */
@QuarkusTest
class CopyRowsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void storesEveryTypeAndNullAsGiven() throws SQLException {
        String tricky = "Jogging \"élégant\", 12,5 €\r\nligne 2\n\\.\n\\N ; <p>fin</p>";
        List<String> labels = Arrays.asList("a\"b", "c\\d", "x,y", "{}", "NULL", "", "Größe", null);
        UUID uuid = UUID.fromString("0190f5a2-7c1e-7d3b-9f00-4e2a1b3c4d5e");
        OffsetDateTime at = OffsetDateTime.parse("2026-03-29T02:30:15.123456+02:00");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE copy_check (n BIGINT, t TEXT, e VARCHAR(20), z TEXT, a TEXT[], u UUID,"
                        + " b BOOLEAN, s SMALLINT, i INTEGER, ts TIMESTAMPTZ) ON COMMIT DROP");
            }
            CopyRows rows = new CopyRows(c, "copy_check (n, t, e, z, a, u, b, s, i, ts)");
            rows.int8(-42L).text(tricky).text("").text(null).textArray(labels).uuid(uuid).bool(true).int2(-100)
                    .int4(1_000_000).timestamp(at).end();
            rows.int8(Long.MAX_VALUE).text("deux").sqlNull().text("z").textArray(List.of()).uuid(null).bool(false)
                    .int2(100).int4(-7).timestamp(null).end();
            assertThat(rows.copy()).isEqualTo(2);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT n, t, e, z, a, u, b, s, i, ts FROM copy_check ORDER BY n")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(-42);
                assertThat(rs.getString(2)).isEqualTo(tricky);
                assertThat(rs.getString(3)).isEmpty();
                assertThat(rs.getString(4)).isNull();
                assertThat(Arrays.asList((String[]) rs.getArray(5).getArray())).isEqualTo(labels);
                assertThat(rs.getObject(6, UUID.class)).isEqualTo(uuid);
                assertThat(rs.getBoolean(7)).isTrue();
                assertThat(rs.getInt(8)).isEqualTo(-100);
                assertThat(rs.getInt(9)).isEqualTo(1_000_000);
                assertThat(rs.getObject(10, OffsetDateTime.class).toInstant()).isEqualTo(at.toInstant());
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(Long.MAX_VALUE);
                assertThat(rs.getString(3)).isNull();
                assertThat(new ArrayList<>(Arrays.asList((String[]) rs.getArray(5).getArray()))).isEmpty();
                assertThat(rs.getObject(6)).isNull();
                assertThat(rs.getBoolean(7)).isFalse();
                assertThat(rs.getInt(8)).isEqualTo(100);
                assertThat(rs.getInt(9)).isEqualTo(-7);
                assertThat(rs.getObject(10)).isNull();
            }
            c.rollback();
        }
    }

    @Test
    void aCellOfTheWrongTypeIsRefusedAndNothingIsStored() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE copy_typed (i INTEGER) ON COMMIT DROP");
            }
            try (CopyRows rows = new CopyRows(c, "copy_typed (i)")) {
                rows.int8(1L).end();
                assertThatThrownBy(rows::copy).isInstanceOf(SQLException.class);
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
                st.execute("CREATE TEMP TABLE copy_json (n BIGINT, j JSONB, l JSONB, e JSONB, t JSON, z JSONB)"
                        + " ON COMMIT DROP");
            }
            CopyRows rows = new CopyRows(c, "copy_json (n, j, l, e, t, z)");
            rows.int8(1L).jsonb(json, values).jsonb(json, changes).jsonb(json, json.createObjectNode())
                    .json(json, values).sqlNull().end();
            assertThat(rows.copy()).isEqualTo(1);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT j::text, l::text, e::text, t::text, z FROM copy_json")) {
                assertThat(rs.next()).isTrue();
                assertThat(json.readTree(rs.getString(1))).isEqualTo(values);
                assertThat(json.readTree(rs.getString(2))).isEqualTo(json.valueToTree(changes));
                assertThat(rs.getString(3)).isEqualTo("{}");
                assertThat(rs.getString(4)).as("json keeps the text as written")
                        .isEqualTo(json.writeValueAsString(values));
                assertThat(rs.getString(5)).isNull();
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
                    rows.int8(i).text(text + i).end();
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
                    rows.int8(-1).text(text).end();
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
