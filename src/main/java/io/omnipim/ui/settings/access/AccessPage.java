package io.omnipim.ui.settings.access;

import java.util.List;

import io.omnipim.platform.security.ConnectionView;
import io.omnipim.platform.security.UserView;
import io.omnipim.ui.settings.SettingsForm;

/**
 * Users or API connections: the list, the create form, and after creating a connection its client id and secret,
 * shown this once.
 */
public record AccessPage(List<UserView> users, List<ConnectionView> connections, SettingsForm form,
        ConnectionView created, String saved) {

    public List<String> roles() {
        return List.of("viewer", "editor", "manager", "admin");
    }
}
