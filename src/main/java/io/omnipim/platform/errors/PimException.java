package io.omnipim.platform.errors;

import java.util.List;

/**
 * A failure the client can act on: an HTTP status, a message and, for validation, the fields at fault. Features
 * throw it (or a subclass); {@link ErrorMappers} renders it.
 */
public class PimException extends RuntimeException {

    private final int status;
    private final transient List<FieldError> errors;

    public PimException(int status, String message) {
        this(status, message, List.of());
    }

    public PimException(int status, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static PimException notFound(String message) {
        return new PimException(404, message);
    }

    public static PimException unprocessable(String message, List<FieldError> errors) {
        return new PimException(422, message, errors);
    }

    public static PimException badRequest(String message) {
        return new PimException(400, message);
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public ErrorBody body() {
        return new ErrorBody(status, getMessage(), errors);
    }
}
