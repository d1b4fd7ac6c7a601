package io.omnipim.catalog.product.values;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.catalog.structure.attribute.Attribute;

/** Numbers as Akeneo accepts them (JSON numbers or numeric strings) and their canonical string. */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal parse(JsonNode data) {
        if (data == null || data.isNull()) {
            return null;
        }
        if (data.isNumber()) {
            return data.decimalValue();
        }
        if (data.isTextual()) {
            try {
                return new BigDecimal(data.textValue().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** "12.5", "12", "-0.25": no exponent, no trailing zeros, so equal numbers compare equal. */
    static String canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }

    /** Decimals, negatives and bounds of a number or metric attribute. */
    static boolean checkNumber(Attribute a, BigDecimal value, ValueCheck check) {
        if (Boolean.FALSE.equals(a.decimalsAllowed()) && value.stripTrailingZeros().scale() > 0) {
            check.fail("The attribute \"" + a.code() + "\" does not accept decimals, " + canonical(value)
                    + " given.");
            return false;
        }
        if (Boolean.FALSE.equals(a.negativeAllowed()) && value.signum() < 0) {
            check.fail("The attribute \"" + a.code() + "\" does not accept negative numbers, " + canonical(value)
                    + " given.");
            return false;
        }
        BigDecimal min = bound(a.numberMin());
        BigDecimal max = bound(a.numberMax());
        if (min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0) {
            check.fail("The number must be between " + (min == null ? "-∞" : canonical(min)) + " and "
                    + (max == null ? "+∞" : canonical(max)) + ", " + canonical(value) + " given.");
            return false;
        }
        return true;
    }

    private static BigDecimal bound(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
