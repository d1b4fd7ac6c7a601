package io.omnipim.ui.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;

/**
 * Values between the standard format and the form's fields, both ways. A field is named {@code v.<attribute>}, a
 * metric adds {@code .amount} and {@code .unit}, a price {@code .<currency>}. Only fields whose text differs from
 * what the form showed are sent back, so an untouched field never rewrites a value (nor its number format).
 */
final class ValueForm {

    static final String PREFIX = "v.";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueForm() {
    }

    static String field(String attribute) {
        return PREFIX + attribute;
    }

    /** The form fields of one value, as the form shows them ({@code data} may be null: an empty field). */
    static Map<String, List<String>> fields(Attribute a, JsonNode data, List<String> currencies) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String name = field(a.code());
        boolean empty = data == null || data.isNull();
        switch (a.attributeType()) {
            case METRIC :
                out.put(name + ".amount", List.of(empty ? "" : number(data.path("amount"))));
                out.put(name + ".unit", List.of(empty
                        ? nullToEmpty(a.defaultMetricUnit())
                        : data.path("unit").asText("")));
                return out;
            case PRICE_COLLECTION :
                for (String currency : currencies) {
                    String amount = "";
                    if (!empty) {
                        for (JsonNode price : data) {
                            if (currency.equals(price.path("currency").asText())) {
                                amount = money(number(price.path("amount")));
                            }
                        }
                    }
                    out.put(name + "." + currency, List.of(amount));
                }
                return out;
            case MULTI_SELECT :
                List<String> codes = new ArrayList<>();
                if (!empty) {
                    data.forEach(c -> codes.add(c.asText()));
                }
                out.put(name, codes);
                return out;
            case NUMBER :
                out.put(name, List.of(empty ? "" : number(data)));
                return out;
            case DATE :
                String date = empty ? "" : data.asText();
                out.put(name, List.of(date.length() > 10 ? date.substring(0, 10) : date));
                return out;
            case IMAGE :
            case FILE :
            case TABLE :
                return out;
            default :
                out.put(name, List.of(empty ? "" : data.asText()));
                return out;
        }
    }

    /** Whether what was sent differs from what the form showed. */
    static boolean changed(Map<String, List<String>> shown, Map<String, List<String>> sent, Attribute a) {
        if (a.attributeType() == AttributeType.METRIC) {
            String name = field(a.code());
            String before = first(shown, name + ".amount");
            String after = first(sent, name + ".amount");
            return !normal(before).equals(normal(after))
                    || !after.isBlank() && !first(shown, name + ".unit").equals(first(sent, name + ".unit"));
        }
        for (Map.Entry<String, List<String>> e : shown.entrySet()) {
            List<String> after = sent.getOrDefault(e.getKey(), List.of());
            if (a.attributeType() == AttributeType.MULTI_SELECT) {
                if (!new HashSet<>(e.getValue()).equals(new HashSet<>(after))) {
                    return true;
                }
            } else if (!normal(e.getValue().isEmpty() ? "" : e.getValue().get(0))
                    .equals(normal(after.isEmpty() ? "" : after.get(0)))) {
                return true;
            }
        }
        return false;
    }

    /** The standard-format data of what was sent; null removes the value. */
    static JsonNode data(Attribute a, Map<String, List<String>> sent, List<String> currencies) {
        String name = field(a.code());
        switch (a.attributeType()) {
            case METRIC :
                String amount = first(sent, name + ".amount").trim();
                if (amount.isEmpty()) {
                    return NullNode.instance;
                }
                ObjectNode metric = NODES.objectNode();
                metric.put("amount", decimal(amount));
                metric.put("unit", first(sent, name + ".unit"));
                return metric;
            case PRICE_COLLECTION :
                ArrayNode prices = NODES.arrayNode();
                for (String currency : currencies) {
                    String value = first(sent, name + "." + currency).trim();
                    if (!value.isEmpty()) {
                        prices.addObject().put("amount", decimal(value)).put("currency", currency);
                    }
                }
                return prices.isEmpty() ? NullNode.instance : prices;
            case MULTI_SELECT :
                ArrayNode codes = NODES.arrayNode();
                sent.getOrDefault(name, List.of()).stream().filter(c -> !c.isBlank()).forEach(codes::add);
                return codes;
            case BOOLEAN :
                String bool = first(sent, name);
                return bool.isEmpty() ? NullNode.instance : NODES.booleanNode(Boolean.parseBoolean(bool));
            case NUMBER :
                String number = first(sent, name).trim();
                return number.isEmpty() ? NullNode.instance : NODES.textNode(decimal(number));
            default :
                String text = normal(first(sent, name));
                return text.isBlank() ? NullNode.instance : NODES.textNode(text);
        }
    }

    /** "12,5" as typed in French becomes 12.5; anything else is left for the validation to explain. */
    static String decimal(String typed) {
        String candidate = typed.replace(" ", "").replace('\u00a0', ' ').replace(" ", "");
        if (candidate.indexOf(',') >= 0 && candidate.indexOf('.') < 0) {
            candidate = candidate.replace(',', '.');
        }
        try {
            new BigDecimal(candidate);
            return candidate;
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    /** Amounts as shops write them: 59.90, not 59.9. */
    private static String money(String amount) {
        try {
            BigDecimal value = new BigDecimal(amount);
            return value.scale() < 2 ? value.setScale(2).toPlainString() : amount;
        } catch (NumberFormatException e) {
            return amount;
        }
    }

    private static String number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        try {
            return new BigDecimal(node.asText()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return node.asText();
        }
    }

    static String first(Map<String, List<String>> values, String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() || list.get(0) == null ? "" : list.get(0);
    }

    /** Browsers send line breaks as CRLF: compare and store them as LF. */
    private static String normal(String s) {
        return s == null ? "" : s.replace("\r\n", "\n");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
