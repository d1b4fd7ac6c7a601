package io.omnipim.platform.errors;

import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place that turns exceptions into HTTP responses, always in the {@link ErrorBody} shape. Nothing internal
 * (stack trace, class name, SQL) ever reaches the client: unexpected failures get a reference that is also logged.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response pim(PimException e) {
        return respond(e.body());
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        String property = e.getPropertyName();
        return respond(new ErrorBody(422, "Property \"" + property + "\" does not exist. Check the expected format on"
                + " the API documentation.", List.of(FieldError.of(property, "Unknown property"))));
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown);
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String property = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(java.util.stream.Collectors.joining("."));
            return respond(new ErrorBody(422, "Property \"" + property + "\" does not have the expected type.",
                    List.of(FieldError.of(property, "This value does not have the expected type."))));
        }
        return respond(new ErrorBody(400, "Invalid json message received"));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream().map(ErrorMappers::toFieldError).toList();
        return respond(new ErrorBody(422, "Validation failed.", errors));
    }

    private static FieldError toFieldError(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // method-level validation paths look like "create.arg0.username": keep the last segment
        String property = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return FieldError.of(property, v.getMessage());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(new ErrorBody(401, "Authentication is required"));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        String message = e.getMessage() != null && e.getMessage().startsWith("The access token")
                ? e.getMessage()
                : "The access token provided is invalid.";
        return respond(new ErrorBody(401, message));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(new ErrorBody(403, "You are not allowed to access this resource."));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(new ErrorBody(404, "Resource not found."));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return respond(new ErrorBody(405, "Method not allowed."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return invalidJson(json);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(new ErrorBody(status, messageFor(status)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, reference %s", reference);
        return respond(new ErrorBody(500, "An unexpected error occurred. Reference: " + reference));
    }

    static String messageFor(int status) {
        switch (status) {
            case 400 :
                return "Bad request.";
            case 406 :
                return "Not acceptable: this resource answers in application/json.";
            case 413 :
                return "Request body too large.";
            case 415 :
                return "The media type of the request body is not supported. Use application/json.";
            default :
                return Response.Status.fromStatusCode(status) == null
                        ? "Error."
                        : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        }
    }

    private static Response respond(ErrorBody body) {
        return Response.status(body.code()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
