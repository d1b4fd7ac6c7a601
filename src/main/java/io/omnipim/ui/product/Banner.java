package io.omnipim.ui.product;

import java.util.List;

/**
 * The message at the top of the form after a save: success, nothing to save, validation errors (with those that
 * belong to no field), or a conflict with someone else's save.
 */
public record Banner(String kind, String text, List<String> details, boolean conflict) {

    static Banner success(String text) {
        return new Banner("success", text, List.of(), false);
    }

    static Banner notice(String text) {
        return new Banner("notice", text, List.of(), false);
    }

    static Banner invalid(String text, List<String> details) {
        return new Banner("alert", text, details, false);
    }

    static Banner conflict(String text) {
        return new Banner("warning", text, List.of(), true);
    }

    public boolean saved() {
        return "success".equals(kind) || "notice".equals(kind);
    }
}
