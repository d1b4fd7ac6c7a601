package io.omnipim.catalog.structure.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.measurement.UnitConversion.Operation;

class UnitConversionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> OPERATORS = Set.of("mul", "div", "add", "sub");

    // Akeneo's own definitions, as shipped in measurement-families.json
    private static final List<Operation> GRAM = List.of(new Operation("mul", "0.001"));
    private static final List<Operation> CELSIUS = List.of(new Operation("add", "273.15"));
    private static final List<Operation> FAHRENHEIT = List.of(new Operation("sub", "32"),
            new Operation("div", "1.8"), new Operation("add", "273.15"));
    private static final List<Operation> MEGABYTE = List.of(new Operation("mul", "1048576"));
    private static final List<Operation> INCH = List.of(new Operation("mul", "0.0254"));
    private static final List<Operation> METER_PER_MINUTE = List.of(new Operation("div", "60"));
    private static final List<Operation> CUBIC_FOOT = List.of(new Operation("mul", "6.54119159"),
            new Operation("div", "231"));

    @Test
    void gramsBecomeKilograms() {
        assertEquals("1.5", UnitConversion.toStandard(new BigDecimal("1500"), GRAM).toPlainString());
    }

    @Test
    void celsiusConvertsToKelvinAndBack() {
        assertEquals("293.15", UnitConversion.toStandard(new BigDecimal("20"), CELSIUS).toPlainString());
        assertEquals("20", UnitConversion.fromStandard(new BigDecimal("293.15"), CELSIUS).toPlainString());
    }

    @Test
    void fahrenheitConvertsToKelvinAndBack() {
        assertEquals("293.15", UnitConversion.toStandard(new BigDecimal("68"), FAHRENHEIT).toPlainString());
        assertEquals("68", UnitConversion.fromStandard(new BigDecimal("293.15"), FAHRENHEIT).toPlainString());
    }

    @Test
    void megabyteIsBinary() {
        assertEquals("1048576", UnitConversion.toStandard(BigDecimal.ONE, MEGABYTE).toPlainString());
        assertEquals("2", UnitConversion.fromStandard(new BigDecimal("2097152"), MEGABYTE).toPlainString());
    }

    @Test
    void footOfInchesIsAFootInMeters() {
        assertEquals("0.3048", UnitConversion.toStandard(new BigDecimal("12"), INCH).toPlainString());
    }

    @Test
    void repeatingFractionsSurviveARoundTrip() {
        for (List<Operation> unit : List.of(METER_PER_MINUTE, CUBIC_FOOT, FAHRENHEIT, INCH)) {
            BigDecimal amount = new BigDecimal("7.3");
            BigDecimal back = UnitConversion.fromStandard(UnitConversion.toStandard(amount, unit), unit);
            assertEquals("7.3", back.toPlainString(), unit.toString());
        }
    }

    @Test
    void unknownOperatorIsRejectedByName() {
        List<Operation> power = List.of(new Operation("pow", "2"));
        IllegalArgumentException toStandard = assertThrows(IllegalArgumentException.class,
                () -> UnitConversion.toStandard(BigDecimal.TEN, power));
        assertTrue(toStandard.getMessage().contains("pow"), toStandard.getMessage());
        IllegalArgumentException fromStandard = assertThrows(IllegalArgumentException.class,
                () -> UnitConversion.fromStandard(BigDecimal.TEN, power));
        assertTrue(fromStandard.getMessage().contains("pow"), fromStandard.getMessage());
    }

    @Test
    void everyShippedUnitIsComplete() throws IOException {
        for (JsonNode family : resource("measurement-families.json")) {
            String standard = family.get("standard_unit_code").asText();
            assertTrue(family.get("units").has(standard), family.get("code").asText());
            assertLabelled(family);
            for (JsonNode unit : family.get("units")) {
                assertUnitIsComplete(family.get("code").asText(), unit);
            }
            List<Operation> standardOperations = operations(family.get("units").get(standard));
            assertEquals(0, BigDecimal.ONE.compareTo(UnitConversion.toStandard(BigDecimal.ONE, standardOperations)),
                    standard);
        }
    }

    @Test
    void theCommonFamiliesAndUnitsAreShipped() throws IOException {
        Set<String> families = new HashSet<>();
        Set<String> units = new HashSet<>();
        for (JsonNode family : resource("measurement-families.json")) {
            families.add(family.get("code").asText());
            family.get("units").fieldNames().forEachRemaining(units::add);
        }
        assertTrue(families.containsAll(List.of("Weight", "Length", "Area", "Volume", "Temperature", "Duration",
                "Power", "Voltage", "Frequency", "ElectricCharge", "Energy", "Binary", "Speed")), families.toString());
        assertTrue(units.containsAll(List.of("KILOGRAM", "GRAM", "CENTIMETER", "MEGABYTE")));
    }

    @Test
    void localesHoldTheUsualOnesOnce() throws IOException {
        List<String> locales = texts(resource("locales.json"));
        assertTrue(locales.containsAll(List.of("en_US", "fr_FR", "de_DE")));
        assertEquals(locales.size(), Set.copyOf(locales).size(), "duplicate locale");
    }

    @Test
    void currenciesHoldTheUsualOnes() throws IOException {
        List<String> currencies = texts(resource("currencies.json"));
        assertTrue(currencies.containsAll(List.of("EUR", "USD", "GBP")));
        assertEquals(currencies.size(), Set.copyOf(currencies).size(), "duplicate currency");
    }

    private static void assertUnitIsComplete(String family, JsonNode unit) {
        String where = family + "/" + unit.get("code").asText();
        assertLabelled(unit);
        assertFalse(unit.get("symbol").asText().isEmpty(), where);
        List<Operation> operations = operations(unit);
        assertFalse(operations.isEmpty(), where);
        operations.forEach(operation -> assertTrue(OPERATORS.contains(operation.operator()), where));
        // a value must come back from the standard unit as it went in, give or take the last digits
        BigDecimal amount = new BigDecimal("12.5");
        BigDecimal back = UnitConversion.fromStandard(UnitConversion.toStandard(amount, operations), operations);
        assertTrue(back.subtract(amount).abs().compareTo(new BigDecimal("1E-20")) < 0, where + " gave " + back);
    }

    private static void assertLabelled(JsonNode node) {
        for (String locale : List.of("en_US", "fr_FR", "de_DE")) {
            JsonNode label = node.get("labels").get(locale);
            assertTrue(label != null && !label.asText().isBlank(), node.get("code").asText() + " " + locale);
        }
    }

    private static List<Operation> operations(JsonNode unit) {
        List<Operation> operations = new ArrayList<>();
        for (JsonNode operation : unit.get("convert_from_standard")) {
            operations.add(new Operation(operation.get("operator").asText(), operation.get("value").asText()));
        }
        return operations;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = UnitConversionTest.class.getResourceAsStream("/catalog/" + name)) {
            assertTrue(in != null, name + " is missing");
            return MAPPER.readTree(in);
        }
    }
}
