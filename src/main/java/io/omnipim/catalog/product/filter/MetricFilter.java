package io.omnipim.catalog.product.filter;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;
import io.omnipim.catalog.structure.measurement.UnitConversion;

/**
 * Metric values compare in the measurement family's standard unit: the stored {@code base_data} against the given
 * {@code {"amount", "unit"}} converted the same way, so 1 KILOGRAM equals 1000 GRAM.
 */
final class MetricFilter {

    private MetricFilter() {
    }

    static Fragment build(Condition condition, AttributeValue value, SearchContext context) {
        Fragment base = Fragment.expand("NULLIF({v} ->> 'base_data', '')::numeric", value.json());
        return NumericPredicates.build(condition, base,
                node -> standard(condition, value.attribute(), node, context));
    }

    private static BigDecimal standard(Condition condition, Attribute attribute, JsonNode node,
            SearchContext context) {
        JsonNode metric = condition.object(node, "amount", "unit");
        BigDecimal amount = condition.number(metric.get("amount"), "a numeric amount");
        String unitCode = metric.get("unit").asText();
        MeasurementFamily family = context.catalog().measurementFamilies().get(attribute.metricFamily());
        MeasurementFamily.Unit unit = family == null || family.units() == null || !metric.get("unit").isTextual()
                ? null
                : family.units().get(unitCode);
        if (unit == null) {
            throw FilterErrors.unprocessable(condition.property(), "Property \"" + condition.property()
                    + "\" expects a valid unit. The unit does not exist in the attribute's family \""
                    + attribute.metricFamily() + "\", \"" + unitCode + "\" given.");
        }
        List<UnitConversion.Operation> operations = unit.convertFromStandard();
        return UnitConversion.toStandard(amount, operations == null ? List.of() : operations);
    }
}
