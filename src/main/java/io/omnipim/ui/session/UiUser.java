package io.omnipim.ui.session;

import io.omnipim.platform.security.BrowserSession;
import io.omnipim.platform.security.Role;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The logged-in user as the screens need it: name, role, whether edit controls are shown, the screen language and
 * the CSRF token their forms send back.
 */
public record UiUser(String username, Role role, boolean canEdit, boolean canManage, String uiLocale, String csrf) {

    static final String ATTRIBUTE = "pim.ui.user";

    static UiUser of(BrowserSession session, String csrf) {
        return new UiUser(session.username(), session.role(), session.canEdit(),
                session.role().ordinal() >= Role.MANAGER.ordinal(), session.uiLocale(), csrf);
    }

    /** The user of a request authenticated by its session cookie. */
    public static UiUser of(SecurityIdentity identity) {
        UiUser user = identity == null ? null : identity.getAttribute(ATTRIBUTE);
        if (user == null) {
            throw new io.quarkus.security.UnauthorizedException("no browser session");
        }
        return user;
    }

    public boolean french() {
        return uiLocale.startsWith("fr");
    }

    /** The language of the screens, for Qute's message bundles. */
    public java.util.Locale locale() {
        return french() ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH;
    }
}
