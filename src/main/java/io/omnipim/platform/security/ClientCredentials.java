package io.omnipim.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The client id and secret of an HTTP Basic header, as the token endpoint receives them. */
public record ClientCredentials(String clientId, String secret) {

    public static Optional<ClientCredentials> fromBasicHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new ClientCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "ClientCredentials[" + clientId + ", secret hidden]";
    }
}
