package io.omnipim.platform.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.quarkus.panache.common.Sort;

/** API connections: a client id and a secret (shown once), a role, and on/off. */
@ApplicationScoped
public class ConnectionService {

    private final TokenService tokens;

    public ConnectionService(TokenService tokens) {
        this.tokens = tokens;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConnectionView> list(int page, int limit) {
        return ApiConnection.<ApiConnection>findAll(Sort.by("code")).page(page - 1, limit).list().stream()
                .map(c -> ConnectionView.of(c, null)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConnectionView get(String code) {
        return ConnectionView.of(find(code), null);
    }

    /** Creates a connection with a generated client id and secret, or the given ones (first start). */
    @Transactional
    public ConnectionView create(@Valid ConnectionRequest request, String createdBy, String clientId, String secret) {
        if (request.code() == null) {
            throw PimException.unprocessable("Validation failed.",
                    List.of(FieldError.of("code", "This value should not be blank.")));
        }
        if (ApiConnection.findByCode(request.code()).isPresent()) {
            throw PimException.unprocessable("Validation failed.",
                    List.of(FieldError.of("code", "This code is already used.")));
        }
        ApiConnection c = new ApiConnection();
        c.code = request.code();
        c.label = request.label() == null ? request.code() : request.label();
        c.role = request.role() == null ? Role.VIEWER.code() : request.role();
        c.enabled = request.enabled() == null || request.enabled();
        c.clientId = clientId == null ? Secrets.random(18) : clientId;
        String plainSecret = secret == null ? Secrets.random(30) : secret;
        c.secretHash = Secrets.hashPassword(plainSecret);
        c.createdBy = createdBy;
        c.persist();
        return ConnectionView.of(c, plainSecret);
    }

    @Transactional
    public ConnectionView update(String code, @Valid ConnectionRequest request) {
        ApiConnection c = find(code);
        if (request.code() != null && !request.code().equals(code)) {
            throw PimException.unprocessable("Validation failed.",
                    List.of(FieldError.of("code", "The code cannot be changed.")));
        }
        if (request.label() != null) {
            c.label = request.label();
        }
        if (request.role() != null) {
            c.role = request.role();
        }
        if (request.enabled() != null) {
            if (c.enabled && !request.enabled()) {
                tokens.revokeForConnection(c.id);
            }
            c.enabled = request.enabled();
        }
        return ConnectionView.of(c, null);
    }

    /** A new secret; tokens obtained with the old one stop working. */
    @Transactional
    public ConnectionView renewSecret(String code) {
        ApiConnection c = find(code);
        String plainSecret = Secrets.random(30);
        c.secretHash = Secrets.hashPassword(plainSecret);
        tokens.revokeForConnection(c.id);
        return ConnectionView.of(c, plainSecret);
    }

    @Transactional
    public void delete(String code) {
        ApiConnection connection = find(code);
        tokens.revokeForConnection(connection.id);
        connection.delete();
    }

    private static ApiConnection find(String code) {
        return ApiConnection.findByCode(code)
                .orElseThrow(() -> PimException.notFound("Connection \"" + code + "\" does not exist."));
    }
}
