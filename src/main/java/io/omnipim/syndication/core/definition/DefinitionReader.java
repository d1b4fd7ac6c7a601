package io.omnipim.syndication.core.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.platform.text.DidYouMean;
import io.omnipim.syndication.core.ChannelTypes;

/**
 * Turns a parsed definition into a {@link ConnectorDefinition}, refusing any key, type or value it does not
 * understand, with every problem at its line. What depends on the catalog (attributes, channel, locale…) is
 * {@link DefinitionChecker}'s.
 */
public final class DefinitionReader {

    static final List<String> KEYS = List.of("code", "label", "type", "channel", "locale", "currency", "selection",
            "fields", "publish_gate", "schedule", "on_change", "link_template", "media_base_url", "delivery");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

    private final ChannelTypes types;

    public DefinitionReader(ChannelTypes types) {
        this.types = types;
    }

    /** The definition, or a {@link DefinitionException} listing every problem found. */
    public ConnectorDefinition read(Located located) {
        TreeCheck check = new TreeCheck();
        JsonNode root = located.root();
        if (!check.object(root, "")) {
            located.failOn(check.problems());
        }
        check.knownKeys(root, "", KEYS);
        String code = check.text(root, "code", "", true);
        if (code != null && !CODE.matcher(code).matches()) {
            check.add("code", "use lowercase letters, digits, '-' and '_' (at most 100), e.g. google-shopping-fr");
        }
        String type = type(check.text(root, "type", "", true), check);
        ObjectNode selection = optionalObject(root, "selection", check);
        ObjectNode delivery = optionalObject(root, "delivery", check);
        List<FieldMapping> fields = fields(root.get("fields"), check);
        String schedule = check.text(root, "schedule", "", false);
        CronCheck.problem(schedule).ifPresent(p -> check.add("schedule", p));
        String link = url(check.text(root, "link_template", "", false), "link_template", check);
        String media = url(check.text(root, "media_base_url", "", false), "media_base_url", check);
        SecretRefs.check(root, "", check);
        ConnectorDefinition definition = new ConnectorDefinition(code, label(root, code, check), type,
                check.text(root, "channel", "", true), check.text(root, "locale", "", true),
                check.text(root, "currency", "", true), selection, fields, gate(root.get("publish_gate"), check),
                schedule, Boolean.TRUE.equals(check.bool(root, "on_change", "")), link, media, delivery);
        located.failOn(check.problems());
        return definition;
    }

    private String type(String type, TreeCheck check) {
        if (type != null && types.find(type).isEmpty()) {
            check.add("type",
                    "unknown connector type \"" + type + "\"" + DidYouMean.suggest(type, types.all().keySet()));
        }
        return type;
    }

    private static String label(JsonNode root, String code, TreeCheck check) {
        String label = check.text(root, "label", "", false);
        return label == null ? code : label;
    }

    private static ObjectNode optionalObject(JsonNode root, String key, TreeCheck check) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        return check.object(node, key) ? (ObjectNode) node : JsonNodeFactory.instance.objectNode();
    }

    private static List<FieldMapping> fields(JsonNode node, TreeCheck check) {
        List<FieldMapping> out = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            check.add("fields", "expects the list of target fields, e.g. - {target: title, source: name}");
            return out;
        }
        FieldReader reader = new FieldReader(check);
        for (int i = 0; i < node.size(); i++) {
            FieldMapping field = reader.read(node.get(i), "fields[" + i + "]");
            if (field != null) {
                if (out.stream().anyMatch(f -> f.target().equals(field.target()))) {
                    check.add("fields[" + i + "].target", "\"" + field.target() + "\" is mapped twice; keep one");
                }
                out.add(field);
            }
        }
        return out;
    }

    private static String url(String url, String key, TreeCheck check) {
        if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
            check.add(key, "expects an absolute URL starting with https://");
        }
        return url;
    }

    private static PublishGate gate(JsonNode node, TreeCheck check) {
        if (node == null || node.isNull()) {
            return PublishGate.DEFAULT;
        }
        if (!check.object(node, "publish_gate")) {
            return PublishGate.DEFAULT;
        }
        check.knownKeys(node, "publish_gate", List.of("max_invalid_ratio"));
        JsonNode ratio = node.get("max_invalid_ratio");
        if (ratio == null) {
            return PublishGate.DEFAULT;
        }
        if (!ratio.isNumber() || ratio.decimalValue().compareTo(BigDecimal.ZERO) < 0
                || ratio.decimalValue().compareTo(BigDecimal.ONE) > 0) {
            check.add("publish_gate.max_invalid_ratio", "expects a share between 0 and 1, e.g. 0.05 for 5 %");
            return PublishGate.DEFAULT;
        }
        return new PublishGate(ratio.doubleValue());
    }
}
