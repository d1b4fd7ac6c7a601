package io.omnipim.bulk.imports;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.bulk.flat.FlatType;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/**
 * What the user asked of an import, checked before the job is queued so a typo is a 422 at once, not a failed job
 * later. Stored as the job's options.
 */
public record ImportOptions(String type, String fileName, Character delimiter, String encoding,
        char decimalSeparator, String dateFormat, boolean dryRun, boolean compareValues, boolean createMissingOptions,
        String sheet) {

    private static final String TYPES = Arrays.stream(FlatType.values()).map(FlatType::apiName)
            .collect(Collectors.joining(", "));

    /** Parses the form fields of {@code POST /imports}; every problem is named at once. */
    public static ImportOptions parse(String type, String fileName, String delimiter, String encoding,
            String decimalSeparator, String dateFormat, String dryRun, String compareValues, String onMissingOption,
            String sheet) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null || type.isBlank()) {
            errors.add(FieldError.of("type", "Give the type of the file: " + TYPES + "."));
        } else {
            try {
                FlatType.of(type);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("type", e.getMessage()));
            }
        }
        Character sep = delimiter(delimiter, errors);
        checkEncoding(encoding, errors);
        char decimal = decimal(decimalSeparator, errors);
        checkDateFormat(dateFormat, errors);
        boolean dry = bool("dry_run", dryRun, false, errors);
        boolean compare = bool("compare_values", compareValues, true, errors);
        boolean create = missingOption(onMissingOption, errors);
        if (!errors.isEmpty()) {
            throw PimException.unprocessable("The import cannot start: check these options.", errors);
        }
        return new ImportOptions(type, fileName, sep, blankToNull(encoding), decimal, blankToNull(dateFormat), dry,
                compare, create, blankToNull(sheet));
    }

    public FlatType flatType() {
        return FlatType.of(type);
    }

    public Charset charset() {
        return encoding == null ? null : Charset.forName(encoding);
    }

    public ObjectNode toJson(ObjectMapper json) {
        return json.valueToTree(this);
    }

    public static ImportOptions fromJson(ObjectMapper json, JsonNode node) {
        return json.convertValue(node, ImportOptions.class);
    }

    private static Character delimiter(String value, List<FieldError> errors) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String v = switch (value) {
            case "\\t", "tab", "TAB" -> "\t";
            default -> value;
        };
        if (v.length() != 1 || !";,\t|".contains(v)) {
            errors.add(FieldError.of("delimiter", "\"" + value + "\" is not a delimiter; use ; , | or tab."));
            return null;
        }
        return v.charAt(0);
    }

    private static void checkEncoding(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            Charset.forName(value.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            errors.add(FieldError.of("encoding", "\"" + value + "\" is not an encoding this server knows; use"
                    + " UTF-8, UTF-16, windows-1252 or ISO-8859-1 (or leave it out to detect it)."));
        }
    }

    private static char decimal(String value, List<FieldError> errors) {
        if (value == null || value.isEmpty() || value.equals(".")) {
            return '.';
        }
        if (value.equals(",")) {
            return ',';
        }
        errors.add(FieldError.of("decimal_separator", "Use \".\" or \",\" as decimal separator."));
        return '.';
    }

    private static void checkDateFormat(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            DateTimeFormatter.ofPattern(value);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("date_format", "\"" + value + "\" is not a date pattern; write it like"
                    + " dd/MM/yyyy or yyyy-MM-dd."));
        }
    }

    private static boolean bool(String name, String value, boolean fallback, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> {
                errors.add(FieldError.of(name, "Use true or false."));
                yield fallback;
            }
        };
    }

    private static boolean missingOption(String value, List<FieldError> errors) {
        if (value == null || value.isBlank() || value.equals("reject")) {
            return false;
        }
        if (value.equals("create")) {
            return true;
        }
        errors.add(FieldError.of("on_missing_option", "Use \"reject\" (the row is rejected) or \"create\" (the"
                + " option is created with its code as label)."));
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
