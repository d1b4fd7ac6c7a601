package io.omnipim.platform.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/** One line of a collection PATCH response, as Akeneo writes it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"line", "uuid", "identifier", "code", "status_code", "message", "errors"})
public record LineResult(int line, String uuid, String identifier, String code, int statusCode, String message,
        List<FieldError> errors) {

    public static LineResult invalidJson(int line) {
        return new LineResult(line, null, null, null, 400, "Invalid json message received", null);
    }

    public static LineResult ofCode(int line, String code, boolean created) {
        return new LineResult(line, null, null, code, created ? 201 : 204, null, null);
    }

    /** A failure of one line; {@code identifierKey} says whether the line is named by identifier or code. */
    public static LineResult failed(int line, String key, boolean identifierKey, PimException e) {
        return new LineResult(line, null, identifierKey ? key : null, identifierKey ? null : key, e.status(),
                e.getMessage(), e.errors().isEmpty() ? null : e.errors());
    }
}
