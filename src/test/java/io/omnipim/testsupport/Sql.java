package io.omnipim.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** One statement on its own connection, for tests that look at or set up what the API does not show. */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row, or null when there is no row. */
    public static Object value(DataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = prepare(c, sql, parameters);
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs an update; returns how many rows it changed. */
    public static int update(DataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, parameters)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
        return ps;
    }
}
