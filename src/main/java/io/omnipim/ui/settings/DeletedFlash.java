package io.omnipim.ui.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.vertx.core.http.HttpServerRequest;

/**
 * The confirmation after a deletion, read from the redirect's query ({@code ?deleted=color&kind=attribute}) so
 * that every settings page can show it with {@code {#sdeleted /}} without a parameter of its own.
 */
@Named("deletedFlash")
@RequestScoped
public class DeletedFlash {

    private final HttpServerRequest request;

    public DeletedFlash(HttpServerRequest request) {
        this.request = request;
    }

    /** The code of what was deleted, or null. */
    public String code() {
        String code = request.getParam("deleted");
        return code == null || code.isBlank() ? null : code;
    }

    /** What it was: attribute, option, family, variant, category, channel, attribute-groups, association-types. */
    public String kind() {
        String kind = request.getParam("kind");
        return kind == null ? "" : kind;
    }
}
