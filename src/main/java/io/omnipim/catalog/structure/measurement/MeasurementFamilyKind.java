package io.omnipim.catalog.structure.measurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.Codes;
import io.omnipim.catalog.structure.core.Maps;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.platform.errors.FieldError;

/** Measurement families: units and conversions; the standard unit converts by "mul 1" and never changes. */
@ApplicationScoped
public class MeasurementFamilyKind implements StructureKind<MeasurementFamily> {

    private static final Set<String> OPERATORS = Set.of("mul", "div", "add", "sub");

    @Override
    public String name() {
        return "measurement_family";
    }

    @Override
    public String label() {
        return "Measurement family";
    }

    @Override
    public Class<MeasurementFamily> type() {
        return MeasurementFamily.class;
    }

    @Override
    public String codeOf(MeasurementFamily value) {
        return value.code();
    }

    @Override
    public MeasurementFamily normalize(MeasurementFamily m, CatalogStructure catalog) {
        Map<String, MeasurementFamily.Unit> units = new java.util.LinkedHashMap<>();
        Maps.clean(m.units()).forEach((code, u) -> units.put(code, new MeasurementFamily.Unit(
                u.code() == null ? code : u.code(), Maps.clean(u.labels()), Maps.list(u.convertFromStandard()),
                u.symbol())));
        return new MeasurementFamily(m.code(), Maps.clean(m.labels()), m.standardUnitCode(), units);
    }

    @Override
    public List<FieldError> validate(MeasurementFamily m, MeasurementFamily previous, CatalogStructure catalog) {
        List<FieldError> errors = Codes.errors();
        Codes.check(m.code(), errors);
        Codes.checkLabels(m.labels(), catalog.locales(), errors);
        if (m.standardUnitCode() == null || !m.units().containsKey(m.standardUnitCode())) {
            errors.add(FieldError.of("standard_unit_code", "The standard unit must be one of the family's units."));
        }
        if (previous != null && !previous.standardUnitCode().equals(m.standardUnitCode())) {
            errors.add(FieldError.of("standard_unit_code", "The standard unit cannot be changed."));
        }
        m.units().forEach((code, unit) -> checkUnit(code, unit, errors));
        return errors;
    }

    private static void checkUnit(String code, MeasurementFamily.Unit unit, List<FieldError> errors) {
        String where = "units[" + code + "]";
        if (!Codes.valid(code) || !code.equals(unit.code())) {
            errors.add(FieldError.of(where, "The unit code must be valid and match its key."));
        }
        if (unit.convertFromStandard().isEmpty()) {
            errors.add(FieldError.of(where + ".convert_from_standard", "At least one operation is required."));
        }
        for (UnitConversion.Operation op : unit.convertFromStandard()) {
            if (!OPERATORS.contains(op.operator())) {
                errors.add(FieldError.of(where + ".convert_from_standard", "The operator \"" + op.operator()
                        + "\" must be one of mul, div, add, sub."));
            }
            try {
                BigDecimal value = new BigDecimal(op.value());
                if ("div".equals(op.operator()) && value.signum() == 0) {
                    errors.add(FieldError.of(where + ".convert_from_standard", "Division by zero."));
                }
            } catch (NumberFormatException | NullPointerException e) {
                errors.add(FieldError.of(where + ".convert_from_standard", "The value must be a number."));
            }
        }
    }
}
