package io.omnipim.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How PostgreSQL plans the rest of the current transaction's statements.
 *
 * <p>
 * Look-ups by arrays of keys want a plan made for their actual arrays: a pooled connection keeps its prepared
 * statements, and PostgreSQL soon keeps one generic plan per statement: made while a bulk load's table was still
 * nearly empty, it scans the whole table, so each batch of an import got slower as the table grew (identifier
 * look-ups from 1 to 800 ms per 1,000 rows over 50,000 new products; import 1,490 → 3,241/s).
 *
 * <p>
 * Statements run once per row want their cached plan: the foreign key check PostgreSQL runs for each new row with a
 * parent, or each row's UPDATE by primary key, were otherwise planned again for every row (a twentieth of
 * PostgreSQL's time in an import of products with variants).
 */
public final class PlanCache {

    private PlanCache() {
    }

    /** Plans each following statement for its parameters (until {@link #cached}, or the end of the transaction). */
    public static void custom(Connection c) throws SQLException {
        set(c, "force_custom_plan");
    }

    /** PostgreSQL's own choice again: statements run per row reuse their plan. */
    public static void cached(Connection c) throws SQLException {
        set(c, "auto");
    }

    private static void set(Connection c, String mode) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL plan_cache_mode = " + mode);
        }
    }
}
