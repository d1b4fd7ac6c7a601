package io.omnipim.platform.security;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/** Users: create, change, disable (which revokes their tokens at once), delete. */
@ApplicationScoped
public class UserService {

    private final TokenService tokens;

    public UserService(TokenService tokens) {
        this.tokens = tokens;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserView> list(int page, int limit) {
        return PimUser.<PimUser>findAll(io.quarkus.panache.common.Sort.by("username")).page(page - 1, limit).list()
                .stream().map(UserView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return PimUser.count();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView get(String username) {
        return UserView.of(find(username));
    }

    @Transactional
    public UserView create(@Valid UserRequest request) {
        List<FieldError> missing = new java.util.ArrayList<>();
        if (request.username() == null) {
            missing.add(FieldError.of("username", "This value should not be blank."));
        }
        if (request.password() == null) {
            missing.add(FieldError.of("password", "This value should not be blank."));
        }
        if (!missing.isEmpty()) {
            throw PimException.unprocessable("Validation failed.", missing);
        }
        if (PimUser.findByUsername(request.username()).isPresent()) {
            throw PimException.unprocessable("Validation failed.",
                    List.of(FieldError.of("username", "This username is already used.")));
        }
        PimUser user = new PimUser();
        user.username = request.username();
        user.role = request.role() == null ? Role.VIEWER.code() : request.role();
        apply(user, request);
        user.persist();
        return UserView.of(user);
    }

    @Transactional
    public UserView update(String username, @Valid UserRequest request) {
        PimUser user = find(username);
        if (request.username() != null && !request.username().equals(username)) {
            throw PimException.unprocessable("Validation failed.",
                    List.of(FieldError.of("username", "The username cannot be changed.")));
        }
        boolean wasEnabled = user.enabled;
        if (request.role() != null) {
            user.role = request.role();
        }
        apply(user, request);
        user.updated = OffsetDateTime.now();
        if (wasEnabled && !user.enabled || request.password() != null) {
            tokens.revokeForUser(user.id);
        }
        return UserView.of(user);
    }

    private static void apply(PimUser user, UserRequest request) {
        if (request.password() != null) {
            user.passwordHash = Secrets.hashPassword(request.password());
        }
        if (request.enabled() != null) {
            user.enabled = request.enabled();
        }
        if (request.email() != null) {
            user.email = request.email();
        }
        if (request.firstName() != null) {
            user.firstName = request.firstName();
        }
        if (request.lastName() != null) {
            user.lastName = request.lastName();
        }
        if (request.uiLocale() != null) {
            user.uiLocale = request.uiLocale();
        }
    }

    @Transactional
    public void delete(String username, String currentUser) {
        if (username.equals(currentUser)) {
            throw PimException.unprocessable("You cannot delete your own account.", List.of());
        }
        PimUser user = find(username);
        tokens.revokeForUser(user.id);
        user.delete();
    }

    private static PimUser find(String username) {
        return PimUser.findByUsername(username)
                .orElseThrow(() -> PimException.notFound("User \"" + username + "\" does not exist."));
    }
}
