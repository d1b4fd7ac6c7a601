package io.omnipim.syndication.webhook;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.DefinitionProblem;
import io.omnipim.syndication.core.definition.SecretRefs;

/**
 * A webhook connector's {@code delivery:} settings: {@code url} (literal or {@code ${ENV}}), {@code secret}
 * ({@code ${ENV}} only), {@code batch_size} and the optional {@code read_url} ({@link ShopCopy}). References are
 * resolved from the environment when delivering, with a JVM system property of the same name as fallback (tests,
 * {@code -DSHOP_WEBHOOK_SECRET=…}).
 */
record WebhookSettings(String url, String secret, int batchSize) {

    static List<DefinitionProblem> check(ConnectorDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        String url = definition.deliverySetting("url", null);
        if (url == null || url.isBlank()) {
            problems.add(new DefinitionProblem("delivery.url", "the shop's webhook URL is required: write url:"
                    + " https://shop.example/hooks/pim or url: ${SHOP_WEBHOOK_URL}"));
        } else if (SecretRefs.variable(url).isEmpty() && !url.matches("https?://\\S+")) {
            problems.add(new DefinitionProblem("delivery.url", "\"" + url + "\" is not an http(s) URL"));
        }
        if (definition.deliverySetting("secret", null) == null) {
            problems.add(new DefinitionProblem("delivery.secret", "the signing secret is required: write secret:"
                    + " ${SHOP_WEBHOOK_SECRET} and set that environment variable"));
        }
        String read = definition.deliverySetting("read_url", null);
        if (read != null && SecretRefs.variable(read).isEmpty()
                && (!read.matches("https?://\\S+") || !read.contains(ShopCopy.PLACEHOLDER))) {
            problems.add(new DefinitionProblem("delivery.read_url", "\"" + read + "\" is not an http(s) URL with"
                    + " {identifier}, e.g. https://shop.example/pim/products/{identifier}"));
        }
        String size = definition.deliverySetting("batch_size", "100");
        if (!size.matches("\\d{1,4}") || Integer.parseInt(size) < 1 || Integer.parseInt(size) > 1000) {
            problems.add(new DefinitionProblem("delivery.batch_size", "\"" + size + "\" is not a batch size; use"
                    + " a whole number from 1 to 1000"));
        }
        return problems;
    }

    /** The settings with references resolved, or why the connector cannot deliver now. */
    static Resolved resolve(ConnectorDefinition definition, int defaultBatch) {
        String url = definition.deliverySetting("url", null);
        String secret = definition.deliverySetting("secret", null);
        Optional<String> resolvedUrl = lookup(url);
        Optional<String> resolvedSecret = lookup(secret);
        List<String> missing = new ArrayList<>();
        if (resolvedUrl.isEmpty()) {
            missing.add("delivery.url " + url);
        }
        if (resolvedSecret.isEmpty()) {
            missing.add("delivery.secret " + secret);
        }
        if (!missing.isEmpty()) {
            return new Resolved(null, "connector \"" + definition.code() + "\" has no value for "
                    + String.join(" and ", missing) + ": set the environment variable on every node and run again.");
        }
        if (!resolvedUrl.get().matches("https?://\\S+")) {
            return new Resolved(null, "delivery.url of \"" + definition.code() + "\" resolves to \""
                    + resolvedUrl.get() + "\", which is not an http(s) URL.");
        }
        int batch = Integer.parseInt(definition.deliverySetting("batch_size", Integer.toString(defaultBatch)));
        return new Resolved(new WebhookSettings(URI.create(resolvedUrl.get()).toString(), resolvedSecret.get(),
                batch), null);
    }

    private static Optional<String> lookup(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<String> variable = SecretRefs.variable(value);
        if (variable.isEmpty()) {
            return Optional.of(value);
        }
        String found = System.getenv(variable.get());
        if (found == null || found.isBlank()) {
            found = System.getProperty(variable.get());
        }
        return found == null || found.isBlank() ? Optional.empty() : Optional.of(found);
    }

    /** Either settings or the reason there are none. */
    record Resolved(WebhookSettings settings, String problem) {
    }
}
