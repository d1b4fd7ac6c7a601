package io.omnipim.ui.shell;

import java.util.Locale;

import io.omnipim.ui.session.UiUser;

/**
 * What the layout around every page needs: the user and role, whether edit controls show, the CSRF token for
 * forms and htmx, the screen language, and which navigation entry is the current one.
 */
public record Shell(String username, String role, boolean canEdit, boolean canManage, String csrf, String lang,
        String nav) {

    public static Shell of(UiUser user, String nav) {
        return new Shell(user.username(), user.role().code(), user.canEdit(), user.canManage(), user.csrf(),
                user.french() ? "fr" : "en", nav);
    }

    public Locale locale() {
        return "fr".equals(lang) ? Locale.FRENCH : Locale.ENGLISH;
    }

    public boolean french() {
        return "fr".equals(lang);
    }
}
