package io.omnipim.catalog.product.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.RawValues;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.platform.db.CopyRows;
import io.omnipim.platform.db.SqlFailures;
import io.omnipim.platform.errors.FieldError;

/**
 * Values that must be unique (unique attributes, and a variant's axis combination among its siblings) are claimed
 * in a table with a primary key, so the database settles races between concurrent writers: the loser's insert
 * finds the key taken and its write is refused with a clear error.
 */
public final class UniqueClaims {

    static final String AXES = "__axes__";

    private UniqueClaims() {
    }

    /** One claim: an attribute (or the axes of a parent) and the value taken. */
    public record Claim(String attribute, String valueKey) {
    }

    /** The claims a product's values make. */
    public static Set<Claim> of(ObjectNode ownValues, String parent, List<String> axes, CatalogStructure catalog) {
        return of(ownValues, parent, axes, uniqueAttributes(catalog));
    }

    /** The attributes whose values are claimed (unique ones but the identifier, which has its own index). */
    public static List<String> uniqueAttributes(CatalogStructure catalog) {
        List<String> out = new ArrayList<>();
        for (Attribute a : catalog.attributes().values()) {
            if (a.isUnique() && a.attributeType() != AttributeType.IDENTIFIER) {
                out.add(a.code());
            }
        }
        return out;
    }

    /**
     * As {@link #of(ObjectNode, String, List, CatalogStructure)} with the {@link #uniqueAttributes} worked out once
     * for a batch (going through every attribute of the catalog for every product cost more than the claims).
     */
    public static Set<Claim> of(ObjectNode ownValues, String parent, List<String> axes, List<String> unique) {
        Set<Claim> out = new LinkedHashSet<>();
        for (String code : unique) {
            JsonNode data = RawValues.get(ownValues, code, null, null);
            if (data != null) {
                out.add(new Claim(code, key(data)));
            }
        }
        if (parent != null && !axes.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (String axis : axes) {
                JsonNode data = RawValues.get(ownValues, axis, null, null);
                parts.add(data == null ? "" : key(data));
            }
            out.add(new Claim(AXES + parent, String.join("|", parts)));
        }
        return out;
    }

    private static String key(JsonNode data) {
        String text = data.isObject()
                ? data.path("base_data").asText() + data.path("base_unit").asText()
                : data.asText();
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Replaces the claims of one entity. Values held by another entity are refused with errors and nothing
     * changes; a value taken by a concurrent writer between the check and the insert aborts the transaction with
     * {@link ConcurrentClaimException}, which callers retry (the retry then sees the committed claim).
     */
    public static List<FieldError> replace(Connection c, String owner, Set<Claim> claims) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        try (PreparedStatement check = c.prepareStatement(
                "SELECT 1 FROM unique_value WHERE attribute = ? AND value_key = ? AND owner <> ?")) {
            for (Claim claim : claims) {
                check.setString(1, claim.attribute());
                check.setString(2, claim.valueKey());
                check.setString(3, owner);
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        errors.add(conflict(claim));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM unique_value WHERE owner = ?")) {
            delete.setString(1, owner);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO unique_value (attribute, value_key,"
                + " owner) VALUES (?, ?, ?) ON CONFLICT (attribute, value_key) DO NOTHING RETURNING 1")) {
            for (Claim claim : claims) {
                insert.setString(1, claim.attribute());
                insert.setString(2, claim.valueKey());
                insert.setString(3, owner);
                try (ResultSet rs = insert.executeQuery()) {
                    if (!rs.next()) {
                        throw new ConcurrentClaimException(claim.attribute());
                    }
                }
            }
        }
        return errors;
    }

    /**
     * The same as {@link #replace} for many entities in four statements: a batch claims all its values at once.
     * Returns the owners refused (a value held by another entity, or by an earlier entity of the same batch).
     */
    public static Map<String, List<FieldError>> replaceAll(Connection c, Map<String, Set<Claim>> desired)
            throws SQLException {
        return claimAll(c, desired, true, Set.of());
    }

    /**
     * As {@link #replaceAll(Connection, Map)}, where {@code created} are owners created in this transaction: they
     * hold no claims yet, so there is nothing of theirs to delete first (an import creates thousands per batch).
     */
    public static Map<String, List<FieldError>> replaceAll(Connection c, Map<String, Set<Claim>> desired,
            Set<String> created) throws SQLException {
        return claimAll(c, desired, true, created);
    }

    /** The owners {@link #replaceAll} would refuse, without claiming anything (a dry run). */
    public static Map<String, List<FieldError>> checkAll(Connection c, Map<String, Set<Claim>> desired)
            throws SQLException {
        return claimAll(c, desired, false, Set.of());
    }

    private static Map<String, List<FieldError>> claimAll(Connection c, Map<String, Set<Claim>> desired,
            boolean write, Set<String> created) throws SQLException {
        Map<String, List<FieldError>> refused = new LinkedHashMap<>();
        Map<Claim, String> wanted = new LinkedHashMap<>();
        desired.forEach((owner, claims) -> claims.forEach(claim -> {
            String first = wanted.putIfAbsent(claim, owner);
            if (first != null && !first.equals(owner)) {
                refused.computeIfAbsent(owner, k -> new ArrayList<>()).add(conflict(claim));
            }
        }));
        if (write && !wanted.isEmpty() && created.containsAll(desired.keySet())) {
            return claimNew(c, wanted, refused);
        }
        heldByOthers(c, wanted, refused);
        List<String> accepted = desired.keySet().stream().filter(o -> !refused.containsKey(o)).toList();
        if (accepted.isEmpty() || !write) {
            return refused;
        }
        List<String> existing = accepted.stream().filter(o -> !created.contains(o)).toList();
        if (!existing.isEmpty()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM unique_value WHERE owner = ANY(?)")) {
                delete.setArray(1, c.createArrayOf("text", existing.toArray()));
                delete.executeUpdate();
            }
        }
        List<String[]> rows = rowsOf(wanted, refused);
        insertAll(c, rows);
        return refused;
    }

    /**
     * Claims for owners that hold none yet (products created in this transaction): inserted first, so the look-up
     * of the values held by others, one index probe per value that nearly always finds nothing, is only made for
     * the values the insert found taken. The owners of those are refused, and whatever else they claimed is taken
     * back. A value inserted by a concurrent transaction makes the insert wait for it, then see it.
     */
    private static Map<String, List<FieldError>> claimNew(Connection c, Map<Claim, String> wanted,
            Map<String, List<FieldError>> refused) throws SQLException {
        List<String[]> rows = rowsOf(wanted, refused);
        if (rows.isEmpty() || copiedWhole(c, rows)) {
            return refused;
        }
        Set<Claim> inserted = insert(c, rows);
        if (inserted.size() == rows.size()) {
            return refused;
        }
        Map<Claim, String> taken = new LinkedHashMap<>();
        for (String[] row : rows) {
            Claim claim = new Claim(row[0], row[1]);
            if (!inserted.contains(claim)) {
                taken.put(claim, row[2]);
            }
        }
        heldByOthers(c, taken, refused);
        for (Map.Entry<Claim, String> e : taken.entrySet()) {
            // not found held by another: it was claimed and released between the insert and the look-up
            refused.computeIfAbsent(e.getValue(), k -> new ArrayList<>(List.of(conflict(e.getKey()))));
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM unique_value WHERE owner = ANY(?)")) {
            delete.setArray(1, c.createArrayOf("text", refused.keySet().toArray()));
            delete.executeUpdate();
        }
        return refused;
    }

    /**
     * New products' values are nearly always free: one COPY stores them all, without what ON CONFLICT costs for
     * each value (a look-up before the insert, a confirmation written after it) nor the arrays to unpack and the
     * claims to send back. A value already taken (or taken by a concurrent writer, once it commits) fails the whole
     * COPY: it is undone to a savepoint, and the caller claims the values one by one to find which are taken.
     */
    private static boolean copiedWhole(Connection c, List<String[]> rows) throws SQLException {
        // as SQL: the pool refuses savepoint calls on a connection taking part in a transaction
        execute(c, "SAVEPOINT new_claims");
        try (CopyRows copy = new CopyRows(c, "unique_value (attribute, value_key, owner)")) {
            for (String[] row : rows) {
                copy.text(row[0]).text(row[1]).text(row[2]).end();
            }
            copy.copy();
        } catch (SQLException e) {
            if (!SqlFailures.hasState(e, SqlFailures.UNIQUE_VIOLATION)) {
                throw e;
            }
            execute(c, "ROLLBACK TO SAVEPOINT new_claims");
            return false;
        }
        execute(c, "RELEASE SAVEPOINT new_claims");
        return true;
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The claims to insert as (attribute, value, owner) rows: those of the owners not refused. */
    private static List<String[]> rowsOf(Map<Claim, String> wanted, Map<String, List<FieldError>> refused) {
        List<String[]> rows = new ArrayList<>();
        wanted.forEach((claim, owner) -> {
            if (!refused.containsKey(owner)) {
                rows.add(new String[]{claim.attribute(), claim.valueKey(), owner});
            }
        });
        return rows;
    }

    /** Inserts the (attribute, value, owner) rows whose value is free; returns the claims it inserted. */
    private static Set<Claim> insert(Connection c, List<String[]> rows) throws SQLException {
        Set<Claim> inserted = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unique_value (attribute, value_key, owner)"
                + " SELECT * FROM unnest(?::text[], ?::text[], ?::text[])"
                + " ON CONFLICT (attribute, value_key) DO NOTHING RETURNING attribute, value_key")) {
            ps.setArray(1, c.createArrayOf("text", rows.stream().map(r -> r[0]).toArray()));
            ps.setArray(2, c.createArrayOf("text", rows.stream().map(r -> r[1]).toArray()));
            ps.setArray(3, c.createArrayOf("text", rows.stream().map(r -> r[2]).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(new Claim(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return inserted;
    }

    private static void heldByOthers(Connection c, Map<Claim, String> wanted, Map<String, List<FieldError>> refused)
            throws SQLException {
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT u.attribute, u.value_key, u.owner FROM unique_value u"
                + " JOIN unnest(?::text[], ?::text[]) AS w(attribute, value_key)"
                + " ON u.attribute = w.attribute AND u.value_key = w.value_key")) {
            ps.setArray(1, c.createArrayOf("text", wanted.keySet().stream().map(Claim::attribute).toArray()));
            ps.setArray(2, c.createArrayOf("text", wanted.keySet().stream().map(Claim::valueKey).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Claim claim = new Claim(rs.getString(1), rs.getString(2));
                    String claimant = wanted.get(claim);
                    if (claimant != null && !claimant.equals(rs.getString(3))) {
                        refused.computeIfAbsent(claimant, k -> new ArrayList<>()).add(conflict(claim));
                    }
                }
            }
        }
    }

    private static void insertAll(Connection c, List<String[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (insert(c, rows).size() != rows.size()) {
            throw new ConcurrentClaimException("a unique value");
        }
    }

    /** Another transaction took a value between our check and our insert. */
    public static final class ConcurrentClaimException extends RuntimeException {

        public ConcurrentClaimException(String attribute) {
            super("a concurrent write took a value of " + attribute);
        }
    }

    private static FieldError conflict(Claim claim) {
        if (claim.attribute().startsWith(AXES)) {
            return new FieldError("values", "Cannot set value \"" + claim.valueKey().replace('|', ',')
                    + "\" for the axes: it is already set on another variant of \""
                    + claim.attribute().substring(AXES.length()) + "\".", null, null, null);
        }
        return new FieldError("values", "The value \"" + claim.valueKey() + "\" is already set on another product for"
                + " the unique attribute \"" + claim.attribute() + "\".", claim.attribute(), null, null);
    }
}
