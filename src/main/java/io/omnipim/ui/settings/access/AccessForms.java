package io.omnipim.ui.settings.access;

import io.omnipim.platform.security.ConnectionRequest;
import io.omnipim.platform.security.UserRequest;
import io.omnipim.ui.settings.FormInput;

/** The user and API connection forms as the requests the security services take; blank fields are absent. */
public final class AccessForms {

    private AccessForms() {
    }

    /** A new user, enabled, with the role chosen (the service makes it a viewer when none is). */
    public static UserRequest newUser(FormInput in) {
        return new UserRequest(in.text("username"), password(in), in.text("role"), true, in.text("email"),
                in.text("first_name"), in.text("last_name"), in.text("ui_locale"));
    }

    /** Only the role changes; every other field is absent so it keeps its value. */
    public static UserRequest roleChange(FormInput in) {
        return new UserRequest(null, null, in.text("role"), null, null, null, null, null);
    }

    public static ConnectionRequest newConnection(FormInput in) {
        return new ConnectionRequest(in.text("code"), in.text("label"), in.text("role"), true);
    }

    /** Passwords are taken as typed: spaces at either end are part of them. */
    private static String password(FormInput in) {
        String typed = in.values().getOrDefault("password", java.util.List.of()).stream().findFirst().orElse(null);
        return typed == null || typed.isEmpty() ? null : typed;
    }
}
