package io.omnipim.bulk.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.omnipim.bulk.flat.FlatColumn;
import io.omnipim.bulk.flat.FlatHeader;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.job.JobIssue;

/**
 * Places the API's errors on the file: a value error (attribute, locale, scope) on its column, a property error
 * ({@code family}, {@code parent}…) on the column of that property, so the user is told the cell to fix.
 */
final class ColumnLocator {

    private final FlatHeader header;
    private final String keyName;
    private final int keyColumn;

    ColumnLocator(FlatHeader header, String keyName) {
        this.header = header;
        this.keyName = keyName;
        this.keyColumn = header.columns().stream().filter(c -> c.name().equals(keyName)).mapToInt(FlatColumn::index)
                .findFirst().orElse(-1);
    }

    /** The 0-based column of the row's key (identifier or code), or -1. */
    int keyColumn() {
        return keyColumn;
    }

    List<JobIssue> issues(long line, String key, RowOutcome outcome) {
        List<JobIssue> out = new ArrayList<>();
        for (FieldError e : outcome.errors()) {
            FlatColumn column = columnOf(e);
            String message = e.message();
            out.add(new JobIssue(line, column == null ? null : column.number(), column == null ? null : column.name(),
                    property(e), null, key, message, false));
        }
        if (out.isEmpty()) {
            out.add(new JobIssue(line, null, null, null, null, key, outcome.message(), false));
        }
        return out;
    }

    private static String property(FieldError e) {
        return e.attribute() == null ? e.property() : e.property() + "." + e.attribute();
    }

    private FlatColumn columnOf(FieldError e) {
        if (e.attribute() != null) {
            return header.columns().stream().filter(c -> c instanceof FlatColumn.Value v
                    && v.code().equals(e.attribute()) && Objects.equals(v.locale(), e.locale())
                    && Objects.equals(v.scope(), e.scope())).findFirst()
                    .or(() -> header.columns().stream()
                            .filter(c -> c instanceof FlatColumn.Value v && v.code().equals(e.attribute()))
                            .findFirst())
                    .orElse(null);
        }
        String property = e.property() == null ? "" : e.property();
        if (property.equals("identifier") || property.equals("code")) {
            return keyColumn < 0 ? null : header.column(keyColumn);
        }
        return header.columns().stream().filter(c -> c instanceof FlatColumn.Property p
                && (p.property().equals(property) || property.startsWith(p.property() + "."))).findFirst()
                .or(() -> association(property, e.message()))
                .orElse(null);
    }

    private static final java.util.regex.Pattern ASSOCIATION = java.util.regex.Pattern
            .compile("The (product model|product|group) \"[^\"]*\" of the association \"([^\"]+)\"");

    /** The column of an association error: its type and target are in the message. */
    private java.util.Optional<FlatColumn> association(String property, String message) {
        if (!property.startsWith("associations") && !property.startsWith("quantified_associations")) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = ASSOCIATION.matcher(message == null ? "" : message);
        String type = m.find() ? m.group(2) : null;
        String target = type == null ? null : m.group(1).replace(' ', '_') + "s";
        return header.columns().stream().filter(c -> c instanceof FlatColumn.Association a && !a.quantity()
                && (type == null || a.type().equals(type) && a.target().equals(target))).findFirst();
    }

    String keyName() {
        return keyName;
    }
}
