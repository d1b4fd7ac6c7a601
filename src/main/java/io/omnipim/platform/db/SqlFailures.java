package io.omnipim.platform.db;

import java.sql.SQLException;

/**
 * What a failed write was, read from anywhere in its cause chain (a driver's exception arrives wrapped by the
 * transaction, the pool or our own code): the PostgreSQL error codes the write paths act on.
 */
public final class SqlFailures {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String DEADLOCK = "40P01";
    public static final String SERIALIZATION_FAILURE = "40001";

    private SqlFailures() {
    }

    /** Whether {@code e} or one of its causes is an {@link SQLException} with one of these states. */
    public static boolean hasState(Throwable e, String... states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (String state : states) {
                    if (state.equals(sql.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code e} or one of its causes is of this type. */
    public static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
