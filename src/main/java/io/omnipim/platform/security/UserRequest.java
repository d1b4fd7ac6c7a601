package io.omnipim.platform.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or change a user; on PATCH, absent fields keep their value. */
public record UserRequest(
        @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "must be 1 to 100 letters, digits, '.', '_', '@' or '-'") String username,
        @Size(min = 8, max = 200, message = "must be 8 to 200 characters long") String password,
        @Pattern(regexp = "admin|manager|editor|viewer", message = "must be one of admin, manager, editor, viewer") String role,
        Boolean enabled,
        @Email(message = "is not a valid e-mail address") String email,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Pattern(regexp = "[a-z]{2}_[A-Z]{2}", message = "must be a locale code such as en_US or fr_FR") String uiLocale) {

    @Override
    public String toString() {
        return "UserRequest[" + username + ", role " + role + ", password hidden]";
    }
}
