package io.omnipim.ui.shell;

import jakarta.enterprise.context.RequestScoped;

import io.omnipim.ui.session.UiUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/** The current request as the UI's resources need it: the user's shell, and whether htmx asked for a fragment. */
@RequestScoped
public class UiContext {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;

    public UiContext(SecurityIdentity identity, HttpServerRequest request) {
        this.identity = identity;
        this.request = request;
    }

    public UiUser user() {
        return UiUser.of(identity);
    }

    public Shell shell(String nav) {
        return Shell.of(user(), nav);
    }

    /** An htmx request that replaces the element {@code target} (not a history restore, which needs the page). */
    public boolean fragmentFor(String target) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"))
                && target.equals(request.getHeader("HX-Target"));
    }
}
