package io.omnipim.catalog.structure.measurement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Converts amounts between a unit and the standard unit of its measurement family, exactly as Akeneo does.
 *
 * <p>
 * Despite its name, Akeneo's {@code convert_from_standard} list turns a value expressed in the unit INTO the
 * standard unit: {@code MeasureConverter::convertBaseToStandard} applies the operations in order, and
 * {@code convertStandardToResult} replays them backwards with each operator inverted. Following that reading keeps
 * the unit definitions exchanged over the Akeneo API interchangeable.
 */
public final class UnitConversion {

    private static final MathContext ARITHMETIC = MathContext.DECIMAL128;

    /**
     * A unit amount keeps fewer digits than the arithmetic: the standard amount is the pivot of every conversion and
     * keeps all 34 digits, so the last-digit error of a repeating fraction (div 60, div 1.8) in the pivot vanishes
     * here and a round trip lands back on the original amount.
     */
    private static final MathContext UNIT_RESULT = new MathContext(30, RoundingMode.HALF_EVEN);

    private UnitConversion() {
    }

    /** The amount, expressed in the unit that {@code convertFromStandard} describes, in the standard unit. */
    public static BigDecimal toStandard(BigDecimal amount, List<Operation> convertFromStandard) {
        BigDecimal value = amount;
        for (Operation operation : convertFromStandard) {
            value = operation.apply(value);
        }
        return tidy(value.round(ARITHMETIC));
    }

    /** The standard amount expressed in the unit that {@code convertFromStandard} describes. */
    public static BigDecimal fromStandard(BigDecimal standardAmount, List<Operation> convertFromStandard) {
        BigDecimal value = standardAmount;
        for (int i = convertFromStandard.size() - 1; i >= 0; i--) {
            value = convertFromStandard.get(i).applyInverse(value);
        }
        return tidy(value.round(UNIT_RESULT));
    }

    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        // stripping 1500 leaves 1.5E+3; a plain integer reads better in JSON and logs
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** One step of Akeneo's conversion: {@code mul}, {@code div}, {@code add} or {@code sub} by a decimal string. */
    public record Operation(String operator, String value) {

        BigDecimal apply(BigDecimal amount) {
            String known = knownOperator();
            BigDecimal operand = operand();
            return switch (known) {
                case "mul" -> amount.multiply(operand, ARITHMETIC);
                case "div" -> divide(amount, operand);
                case "add" -> amount.add(operand, ARITHMETIC);
                default -> amount.subtract(operand, ARITHMETIC);
            };
        }

        BigDecimal applyInverse(BigDecimal amount) {
            String known = knownOperator();
            BigDecimal operand = operand();
            return switch (known) {
                case "mul" -> divide(amount, operand);
                case "div" -> amount.multiply(operand, ARITHMETIC);
                case "add" -> amount.subtract(operand, ARITHMETIC);
                default -> amount.add(operand, ARITHMETIC);
            };
        }

        private String knownOperator() {
            if (!"mul".equals(operator) && !"div".equals(operator) && !"add".equals(operator)
                    && !"sub".equals(operator)) {
                throw new IllegalArgumentException("Unknown conversion operator: " + operator);
            }
            return operator;
        }

        private BigDecimal operand() {
            if (value == null) {
                throw new IllegalArgumentException("Conversion operand is missing for operator " + operator);
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Conversion operand is not a number: " + value, e);
            }
        }

        private static BigDecimal divide(BigDecimal amount, BigDecimal divisor) {
            // Akeneo skips a division by zero instead of failing; doing the same keeps both servers in agreement
            return divisor.signum() == 0 ? amount : amount.divide(divisor, ARITHMETIC);
        }
    }
}
