package io.omnipim.ui.shell;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks the admin UI's resources: their unsafe requests must carry the CSRF token ({@link CsrfFilter}) and their
 * answers get the browser security headers ({@link SecurityHeaders}). The API's resources are left alone.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UiPage {
}
