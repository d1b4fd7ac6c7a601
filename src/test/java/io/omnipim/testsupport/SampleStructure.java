package io.omnipim.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.catalog.read.ValueKind;

/**
 * The structure of {@code import-samples/} (attributes, options, categories, channels, families) as a
 * {@link ReadStructure}, read straight from the CSV files: unit tests of connectors see the catalog the shipped
 * definitions are written for, without a database.
 */
public final class SampleStructure {

    private static final Path DIR = Path.of("import-samples");
    private static final List<String> LOCALES = List.of("en_US", "fr_FR", "de_DE");
    private static ReadStructure cached;

    private SampleStructure() {
    }

    public static synchronized ReadStructure get() {
        if (cached == null) {
            cached = new ReadStructure(1, "sku", attributes(), options(), categories(), children(), families(),
                    channels());
        }
        return cached;
    }

    private static Map<String, ReadStructure.AttributeInfo> attributes() {
        Map<String, ReadStructure.AttributeInfo> out = new LinkedHashMap<>();
        for (Map<String, String> row : rows("attributes.csv")) {
            out.put(row.get("code"), new ReadStructure.AttributeInfo(row.get("code"), ValueKind.ofType(row.get("type")),
                    "1".equals(row.get("localizable")), "1".equals(row.get("scopable")), "1".equals(row.get("unique")),
                    blankToNull(row.get("validation_rule")), blankToNull(row.get("metric_family")), labels(row)));
        }
        return out;
    }

    private static Map<String, Map<String, Map<String, String>>> options() {
        Map<String, Map<String, Map<String, String>>> out = new LinkedHashMap<>();
        for (Map<String, String> row : rows("attribute_options.csv")) {
            out.computeIfAbsent(row.get("attribute"), a -> new LinkedHashMap<>()).put(row.get("code"), labels(row));
        }
        return out;
    }

    private static Map<String, ReadStructure.CategoryInfo> categories() {
        Map<String, ReadStructure.CategoryInfo> out = new LinkedHashMap<>();
        for (Map<String, String> row : rows("categories.csv")) {
            out.put(row.get("code"),
                    new ReadStructure.CategoryInfo(row.get("code"), blankToNull(row.get("parent")), labels(row)));
        }
        return out;
    }

    private static Map<String, List<String>> children() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        categories().values().stream().filter(c -> c.parent() != null)
                .forEach(c -> out.computeIfAbsent(c.parent(), p -> new ArrayList<>()).add(c.code()));
        return out;
    }

    private static Map<String, ReadStructure.FamilyInfo> families() {
        Map<String, ReadStructure.FamilyInfo> out = new LinkedHashMap<>();
        for (Map<String, String> row : rows("families.csv")) {
            out.put(row.get("code"), new ReadStructure.FamilyInfo(row.get("code"), row.get("attribute_as_label"),
                    blankToNull(row.get("attribute_as_image")), labels(row)));
        }
        return out;
    }

    private static Map<String, ReadStructure.ChannelInfo> channels() {
        Map<String, ReadStructure.ChannelInfo> out = new LinkedHashMap<>();
        for (Map<String, String> row : rows("channels.csv")) {
            out.put(row.get("code"), new ReadStructure.ChannelInfo(row.get("code"), split(row.get("locales")),
                    split(row.get("currencies")), row.get("tree")));
        }
        return out;
    }

    private static Map<String, String> labels(Map<String, String> row) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String locale : LOCALES) {
            String label = row.get("label-" + locale);
            if (label != null && !label.isBlank()) {
                out.put(locale, label);
            }
        }
        return out;
    }

    private static List<String> split(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.asList(cell.split(","));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<Map<String, String>> rows(String file) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema)
                .readValues(Files.newBufferedReader(DIR.resolve(file)))) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
