package io.omnipim.bulk.imports;

import java.util.List;

import io.omnipim.platform.errors.FieldError;

/** What writing one row did; a refused row carries the API's errors, placed on columns by the caller. */
public record RowOutcome(Kind kind, String message, List<FieldError> errors) {

    /** The counts of an import are these, plus read and rejected for rows refused before writing. */
    public enum Kind {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    public static final RowOutcome CREATED = new RowOutcome(Kind.CREATED, null, List.of());
    public static final RowOutcome UPDATED = new RowOutcome(Kind.UPDATED, null, List.of());
    public static final RowOutcome UNCHANGED = new RowOutcome(Kind.UNCHANGED, null, List.of());

    public static RowOutcome rejected(String message, List<FieldError> errors) {
        return new RowOutcome(Kind.REJECTED, message, errors == null ? List.of() : errors);
    }

    public static RowOutcome of(boolean created, boolean changed) {
        return created ? CREATED : changed ? UPDATED : UNCHANGED;
    }
}
