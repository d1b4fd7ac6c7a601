package io.omnipim.platform.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The four roles, each including the ones below it: admin (everything) ⊃ manager (structure, connectors, imports)
 * ⊃ editor (edit products) ⊃ viewer (read). Endpoints name the least role they need.
 */
public enum Role {

    VIEWER, EDITOR, MANAGER, ADMIN;

    public static final String ADMIN_NAME = "admin";
    public static final String MANAGER_NAME = "manager";
    public static final String EDITOR_NAME = "editor";
    public static final String VIEWER_NAME = "viewer";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role names a holder of this role has, for {@code @RolesAllowed}. */
    public Set<String> impliedNames() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Role::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The weaker of two roles: a token acts with its user's role, capped by its connection's. */
    public Role cappedBy(Role other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
