package io.omnipim.catalog.product.values;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.attribute.JavaRegex;

/** The per-type rules for scalar values; composite types (metric, prices, selects) are in {@link CompositeValues}. */
final class TypedValues {

    /** Keyed by the expression, so a changed rule is compiled anew; as many entries as regexp rules ever used. */
    private static final Map<String, Optional<Pattern>> RULES = new ConcurrentHashMap<>();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private TypedValues() {
    }

    static JsonNode canonical(Attribute a, JsonNode data, ValueContext context, ValueCheck check) {
        AttributeType type = a.attributeType();
        switch (type) {
            case IDENTIFIER :
                return identifier(data, check);
            case TEXT :
            case TEXTAREA :
                return text(a, type, data, check);
            case NUMBER :
                return number(a, data, check);
            case BOOLEAN :
                if (!data.isBoolean()) {
                    check.fail("The attribute \"" + a.code() + "\" expects a boolean as data, "
                            + kind(data) + " given.");
                    return null;
                }
                return BooleanNode.valueOf(data.booleanValue());
            case DATE :
                return date(a, data, check);
            default :
                return CompositeValues.canonical(a, data, context, check);
        }
    }

    private static JsonNode identifier(JsonNode data, ValueCheck check) {
        if (!data.isTextual()) {
            check.fail("The identifier expects a string as data, " + kind(data) + " given.");
            return null;
        }
        String problem = Identifiers.problem(data.textValue());
        if (problem != null) {
            check.fail(problem);
            return null;
        }
        return data;
    }

    private static JsonNode text(Attribute a, AttributeType type, JsonNode data, ValueCheck check) {
        if (!data.isTextual() && !data.isNumber()) {
            check.fail("The attribute \"" + a.code() + "\" expects a string as data, " + kind(data) + " given.");
            return null;
        }
        String text = data.asText();
        if (text.isEmpty()) {
            return null;
        }
        int max = a.maxCharacters() != null ? a.maxCharacters() : type == AttributeType.TEXT ? 255 : 65535;
        // a text no longer in UTF-16 units than allowed has no more code points either: most texts, not counted
        if (text.length() > max && text.codePointCount(0, text.length()) > max) {
            check.fail("This value is too long. It should have " + max + " characters or less.");
            return null;
        }
        if (type == AttributeType.TEXT && a.validationRule() != null && !matchesRule(a, text)) {
            check.fail(ruleMessage(a));
            return null;
        }
        return data.isTextual() ? data : TextNode.valueOf(text);
    }

    private static boolean matchesRule(Attribute a, String text) {
        switch (a.validationRule()) {
            case "email" :
                return EMAIL.matcher(text).matches();
            case "url" :
                return isUrl(text);
            case "gtin" :
                return Gtin.valid(text);
            case "regexp" :
                Pattern pattern = rulePattern(a.validationRegexp());
                return pattern == null || pattern.matcher(text).find();
            default :
                return true;
        }
    }

    /**
     * The compiled rule, once per distinct expression (compiling it for every value cost more than checking it), or
     * null when it does not compile (the attribute's own check refuses such rules; one stored before is not
     * enforced).
     */
    private static Pattern rulePattern(String regexp) {
        return RULES.computeIfAbsent(regexp, r -> {
            try {
                return Optional.of(Pattern.compile(JavaRegex.fromPcre(r)));
            } catch (PatternSyntaxException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String ruleMessage(Attribute a) {
        switch (a.validationRule()) {
            case "email" :
                return "This value is not a valid email address.";
            case "url" :
                return "This value is not a valid URL.";
            case "gtin" :
                return "This value is not a valid GTIN: wrong length or check digit.";
            default :
                return "This value is not valid: it does not match the pattern " + a.validationRegexp() + ".";
        }
    }

    private static JsonNode number(Attribute a, JsonNode data, ValueCheck check) {
        BigDecimal value = Numbers.parse(data);
        if (value == null) {
            check.fail("The attribute \"" + a.code() + "\" expects a number as data, " + kind(data) + " given.");
            return null;
        }
        if (!Numbers.checkNumber(a, value, check)) {
            return null;
        }
        return TextNode.valueOf(Numbers.canonical(value));
    }

    private static JsonNode date(Attribute a, JsonNode data, ValueCheck check) {
        LocalDate date = data.isTextual() ? parseDate(data.textValue()) : null;
        if (date == null) {
            check.fail("The attribute \"" + a.code() + "\" expects a date (yyyy-mm-dd) as data, \""
                    + data.asText() + "\" given.");
            return null;
        }
        LocalDate min = a.dateMin() == null ? null : parseDate(a.dateMin());
        LocalDate max = a.dateMax() == null ? null : parseDate(a.dateMax());
        if (min != null && date.isBefore(min) || max != null && date.isAfter(max)) {
            check.fail("The date must be between " + (min == null ? "any date" : min) + " and "
                    + (max == null ? "any date" : max) + ".");
            return null;
        }
        return JsonNodeFactory.instance.textNode(date.toString());
    }

    /**
     * A date ({@code 2024-05-01}) or Akeneo's date-time form of one ({@code 2024-05-01T00:00:00+00:00}), tried in
     * the order their shape suggests: a failed parse costs an exception, and every date of a flat import came in
     * the second form.
     */
    static LocalDate parseDate(String text) {
        if (text.length() == 25 && text.endsWith("T00:00:00+00:00")) {
            // the standard format's midnight UTC, how every flat import's date arrives: read without a formatter
            LocalDate plain = plainDate(text);
            if (plain != null) {
                return plain;
            }
        }
        boolean dateTime = text.length() > 10 && text.charAt(10) == 'T';
        LocalDate first = dateTime ? offsetDate(text) : localDate(text);
        return first != null ? first : dateTime ? localDate(text) : offsetDate(text);
    }

    /** {@code yyyy-MM-dd…} read digit by digit, or null when it is not that (the formatters then decide). */
    private static LocalDate plainDate(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    private static LocalDate localDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate offsetDate(String text) {
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String kind(JsonNode data) {
        if (data.isTextual()) {
            return "\"" + data.textValue() + "\"";
        }
        return data.getNodeType().name().toLowerCase();
    }
}
