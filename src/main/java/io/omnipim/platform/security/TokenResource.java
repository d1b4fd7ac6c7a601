package io.omnipim.platform.security;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import io.omnipim.platform.errors.PimException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Akeneo's token endpoint: HTTP Basic {@code client_id:secret}, and a JSON or form body with
 * {@code grant_type=password} (username, password) or {@code grant_type=refresh_token} (refresh_token).
 */
@Path("/api/oauth/v1/token")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    static final String BAD_GRANT = "Parameter \"grant_type\", \"username\" or \"password\" is missing, empty or invalid";

    private final TokenService tokens;

    public TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenGrant json(@HeaderParam("Authorization") String authorization, Map<String, Object> body,
            HttpServerRequest request) {
        return grant(authorization, body == null ? Map.of() : body, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TokenGrant form(@HeaderParam("Authorization") String authorization, MultivaluedMap<String, String> form,
            HttpServerRequest request) {
        Map<String, Object> body = new java.util.HashMap<>();
        form.forEach((k, v) -> body.put(k, v.isEmpty() ? null : v.get(0)));
        return grant(authorization, body, request);
    }

    private TokenGrant grant(String authorization, Map<String, Object> body, HttpServerRequest request) {
        ClientCredentials client = ClientCredentials.fromBasicHeader(authorization)
                .or(() -> fromBody(body))
                .orElse(null);
        String grantType = text(body, "grant_type");
        if ("password".equals(grantType)) {
            String username = text(body, "username");
            String password = text(body, "password");
            if (username == null || password == null) {
                throw new PimException(422, BAD_GRANT);
            }
            return tokens.grantPassword(client, username, password, request.remoteAddress().hostAddress());
        }
        if ("refresh_token".equals(grantType)) {
            String refresh = text(body, "refresh_token");
            if (refresh == null) {
                throw new PimException(422, "Parameter \"refresh_token\" is missing, empty or invalid");
            }
            return tokens.refresh(client, refresh);
        }
        throw new PimException(422, BAD_GRANT);
    }

    /** Some OAuth clients send the client credentials in the body instead of a Basic header. */
    private static java.util.Optional<ClientCredentials> fromBody(Map<String, Object> body) {
        String id = text(body, "client_id");
        String secret = text(body, "client_secret");
        return id == null || secret == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new ClientCredentials(id, secret));
    }

    private static String text(Map<String, Object> body, String key) {
        Object value = body.get(key);
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
