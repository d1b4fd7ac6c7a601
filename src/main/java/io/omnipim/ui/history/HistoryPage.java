package io.omnipim.ui.history;

import java.util.List;

/**
 * A product's history: who changed what and when, newest first, each change with its old and new value.
 *
 * @param restored the field just restored, for the confirmation, or null
 * @param error why a restore was refused, or null
 */
public record HistoryPage(String identifier, String formUrl, List<Version> versions, String restored,
        String error) {

    /** One save: its version, author and time, and the fields it changed. */
    public record Version(long id, long version, String author, String when, List<FieldChange> changes) {
    }

    /**
     * One changed field.
     *
     * @param restorable whether the old value is an attribute value that can be put back
     */
    public record FieldChange(String field, String old, String current, boolean restorable) {
    }
}
