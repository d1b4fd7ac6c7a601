package io.omnipim.platform.security;

/**
 * Who a browser session of the admin UI belongs to, read again on every request (so a disabled user or a changed
 * role takes effect at once), and the language the user chose for the screens.
 */
public record BrowserSession(long userId, String username, Role role, String uiLocale) {

    /** Whether this user may change products (editor and above). */
    public boolean canEdit() {
        return role.ordinal() >= Role.EDITOR.ordinal();
    }
}
