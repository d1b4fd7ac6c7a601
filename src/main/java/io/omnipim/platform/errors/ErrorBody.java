package io.omnipim.platform.errors;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The one error shape of the API, compatible with Akeneo's: {@code {"code":422,"message":"…","errors":[…]}}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(int code, String message, List<FieldError> errors) {

    public ErrorBody(int code, String message) {
        this(code, message, List.of());
    }
}
