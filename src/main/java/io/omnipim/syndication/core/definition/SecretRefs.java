package io.omnipim.syndication.core.definition;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Secrets never live in a definition: a key that names one (token, password, secret, api_key…) must hold an
 * environment variable reference {@code ${NAME}}, resolved only when the connector delivers.
 */
public final class SecretRefs {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)}");
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)(token|password|passwd|secret|api_?key|private_?key|credentials?|.*_(token|secret|password|key))");

    private SecretRefs() {
    }

    static void check(JsonNode node, String path, TreeCheck check) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String at = TreeCheck.join(path, e.getKey());
                if (SECRET_KEY.matcher(e.getKey()).matches() && e.getValue().isValueNode()
                        && !REFERENCE.matcher(e.getValue().asText()).matches()) {
                    check.add(at, "secrets are not written in a definition: put the value in an environment variable"
                            + " and write " + e.getKey() + ": ${" + suggestedName(e.getKey()) + "}");
                } else {
                    check(e.getValue(), at, check);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", check);
            }
        }
    }

    private static String suggestedName(String key) {
        return "CONNECTOR_" + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The environment variable a value refers to, if it is a reference. */
    public static Optional<String> variable(String value) {
        Matcher m = value == null ? null : REFERENCE.matcher(value);
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A value as a connector delivers with it: a reference resolved from the environment, with a JVM system property
     * of the same name as fallback ({@code -DAMAZON_LWA_CLIENT_SECRET=…}, tests); empty when unset or blank. Other
     * values as they are.
     */
    public static Optional<String> lookup(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<String> variable = variable(value);
        if (variable.isEmpty()) {
            return value.isBlank() ? Optional.empty() : Optional.of(value);
        }
        String found = System.getenv(variable.get());
        if (found == null || found.isBlank()) {
            found = System.getProperty(variable.get());
        }
        return found == null || found.isBlank() ? Optional.empty() : Optional.of(found);
    }

    /** A reference resolved from the environment (empty when the variable is not set); other values as they are. */
    public static Optional<String> resolve(String value, Map<String, String> environment) {
        Optional<String> variable = variable(value);
        return variable.isPresent() ? Optional.ofNullable(environment.get(variable.get())) : Optional.ofNullable(value);
    }
}
