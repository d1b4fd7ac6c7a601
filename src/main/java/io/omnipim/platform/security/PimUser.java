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

/** A person who logs in (UI or API password grant). */
@Entity
@Table(name = "pim_user")
public class PimUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    public String role;

    public boolean enabled = true;

    public String email;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "ui_locale")
    public String uiLocale = "en_US";

    public OffsetDateTime created = OffsetDateTime.now();

    public OffsetDateTime updated = OffsetDateTime.now();

    @Version
    public int version;

    public static Optional<PimUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public Role roleValue() {
        return Role.fromCode(role).orElse(Role.VIEWER);
    }
}
