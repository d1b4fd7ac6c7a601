package io.omnipim.platform.security;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An API connection as the API shows it; the secret appears only in the answer that created or renewed it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionView(String code, String label, String role, boolean enabled, String clientId,
        String secret, OffsetDateTime created, String createdBy) {

    static ConnectionView of(ApiConnection c, String secret) {
        return new ConnectionView(c.code, c.label, c.role, c.enabled, c.clientId, secret, c.created, c.createdBy);
    }
}
