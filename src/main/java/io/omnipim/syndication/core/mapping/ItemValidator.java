package io.omnipim.syndication.core.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.omnipim.syndication.core.FieldRule;
import io.omnipim.syndication.core.ItemIssue;

/** Checks a mapped field against a rule; each broken rule is one issue worded for the product's editor. */
final class ItemValidator {

    /** Connectors' patterns, compiled once: the same few are checked on every product of every run. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private ItemValidator() {
    }

    static void check(String id, String field, Object value, FieldRule rule, String origin, List<ItemIssue> issues) {
        if (Values.isEmpty(value)) {
            if (rule.required()) {
                issues.add(new ItemIssue(id, field, field + " is required but empty (from " + origin + ")"));
            }
            return;
        }
        for (String text : Values.texts(value)) {
            String problem = problem(text, rule);
            if (problem != null) {
                issues.add(new ItemIssue(id, field, problem + " (from " + origin + ")"));
            }
        }
    }

    private static String problem(String text, FieldRule rule) {
        if (rule.maxLength() != null && text.length() > rule.maxLength()) {
            return text.length() + " characters, at most " + rule.maxLength() + " allowed: shorten it or add a"
                    + " truncate transform";
        }
        if (!rule.allowedValues().isEmpty() && !rule.allowedValues().contains(text)) {
            return "\"" + text + "\" is not accepted; use one of " + String.join(", ", rule.allowedValues());
        }
        if (rule.gtin() && !Gtin.valid(text)) {
            return "\"" + text + "\" is not a valid GTIN (8, 12, 13 or 14 digits with a correct check digit)";
        }
        if (rule.url() && !isUrl(text)) {
            return "\"" + text + "\" is not an absolute http(s) URL";
        }
        if (rule.pattern() != null
                && !PATTERNS.computeIfAbsent(rule.pattern(), Pattern::compile).matcher(text).matches()) {
            return "\"" + text + "\" does not match the pattern " + rule.pattern();
        }
        return null;
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
