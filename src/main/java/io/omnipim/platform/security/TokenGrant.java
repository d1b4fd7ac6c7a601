package io.omnipim.platform.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The token endpoint's answer, field for field as Akeneo's. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TokenGrant(@JsonProperty("access_token") String accessToken,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("scope") String scope,
        @JsonProperty("refresh_token") String refreshToken) {
}
