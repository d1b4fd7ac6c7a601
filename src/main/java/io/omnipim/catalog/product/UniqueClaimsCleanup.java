package io.omnipim.catalog.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Frees the unique values and axis combination of a deleted product or model. */
final class UniqueClaimsCleanup {

    private UniqueClaimsCleanup() {
    }

    static void release(Connection c, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM unique_value WHERE owner = ?")) {
            ps.setString(1, owner);
            ps.executeUpdate();
        }
    }
}
