package io.omnipim.platform.security;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or change an API connection; on PATCH, absent fields keep their value. */
public record ConnectionRequest(
        @Pattern(regexp = "[A-Za-z0-9_]{1,100}", message = "must be 1 to 100 letters, digits or '_'") String code,
        @Size(min = 1, max = 255) String label,
        @Pattern(regexp = "admin|manager|editor|viewer", message = "must be one of admin, manager, editor, viewer") String role,
        Boolean enabled) {
}
