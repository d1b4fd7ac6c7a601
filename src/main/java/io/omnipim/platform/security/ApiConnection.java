package io.omnipim.platform.security;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An integration's client id and secret (hashed); its role caps what tokens obtained through it may do. */
@Entity
@Table(name = "api_connection")
public class ApiConnection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String label;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "secret_hash")
    public String secretHash;

    public String role;

    public boolean enabled = true;

    public OffsetDateTime created = OffsetDateTime.now();

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public int version;

    public static Optional<ApiConnection> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public static Optional<ApiConnection> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Role roleValue() {
        return Role.fromCode(role).orElse(Role.VIEWER);
    }
}
