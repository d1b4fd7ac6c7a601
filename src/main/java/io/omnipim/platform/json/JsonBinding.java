package io.omnipim.platform.json;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/** Binds a JSON tree to a record, turning Jackson's complaints into Akeneo-style 422 errors naming the property. */
public final class JsonBinding {

    private JsonBinding() {
    }

    public static <T> T bind(ObjectMapper json, JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            String property = e.getPropertyName();
            throw PimException.unprocessable("Property \"" + property + "\" does not exist. Check the expected"
                    + " format on the API documentation.", List.of(FieldError.of(property, "Unknown property")));
        } catch (MismatchedInputException e) {
            String property = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("."));
            throw PimException.unprocessable("Property \"" + property + "\" does not have the expected type.",
                    List.of(FieldError.of(property, "This value does not have the expected type.")));
        } catch (JsonProcessingException e) {
            throw PimException.badRequest("Invalid json message received");
        }
    }
}
