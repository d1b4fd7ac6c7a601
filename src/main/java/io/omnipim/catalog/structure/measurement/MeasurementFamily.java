package io.omnipim.catalog.structure.measurement;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A measurement family (Weight, Length…) with its units and how each converts to the standard unit. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeasurementFamily(String code, Map<String, String> labels, String standardUnitCode,
        Map<String, Unit> units) {

    /** One unit; {@code convertFromStandard} is Akeneo's list of operations. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Unit(String code, Map<String, String> labels, List<UnitConversion.Operation> convertFromStandard,
            String symbol) {
    }
}
