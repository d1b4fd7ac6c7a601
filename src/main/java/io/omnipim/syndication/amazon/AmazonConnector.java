package io.omnipim.syndication.amazon;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.omnipim.platform.text.DidYouMean;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.DefinitionProblem;
import io.omnipim.syndication.core.definition.SecretRefs;

/**
 * An {@code amazon-sp-api} connector's {@code delivery:} settings: {@code seller_id}, {@code marketplace_id},
 * {@code client_id}, {@code client_secret} and {@code refresh_token} (Login with Amazon; the last two only as
 * {@code ${ENV}} references), and optionally {@code language_tag} (default: the connector's locale),
 * {@code endpoint} (default: the European SP-API) and {@code token_endpoint}. The currency is the connector's.
 */
final class AmazonConnector {

    static final List<String> KEYS = List.of("seller_id", "marketplace_id", "language_tag", "endpoint",
            "token_endpoint", "client_id", "client_secret", "refresh_token");
    private static final String URL = "https?://\\S+";

    private AmazonConnector() {
    }

    static List<DefinitionProblem> check(ConnectorDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (definition.delivery() != null) {
            definition.delivery().fieldNames().forEachRemaining(key -> {
                if (!KEYS.contains(key)) {
                    problems.add(new DefinitionProblem("delivery." + key, "unknown Amazon setting \"" + key + "\""
                            + DidYouMean.hint(key, KEYS) + "; settings: " + String.join(", ", KEYS)));
                }
            });
        }
        required(definition, "seller_id", "the seller's merchant token: write seller_id: ${AMAZON_SELLER_ID}",
                problems);
        required(definition, "marketplace_id", "the marketplace: write marketplace_id: A13V1IB3VIYZZH (amazon.fr)"
                + " or A1PA6795UKMFR9 (amazon.de)", problems);
        required(definition, "client_id", "the Login with Amazon client id: write client_id: ${AMAZON_LWA_CLIENT_ID}",
                problems);
        required(definition, "client_secret", "the Login with Amazon client secret: write client_secret:"
                + " ${AMAZON_LWA_CLIENT_SECRET}", problems);
        required(definition, "refresh_token", "the seller's refresh token: write refresh_token:"
                + " ${AMAZON_LWA_REFRESH_TOKEN}", problems);
        for (String key : List.of("endpoint", "token_endpoint")) {
            String value = definition.deliverySetting(key, null);
            if (value != null && SecretRefs.variable(value).isEmpty() && !value.matches(URL)) {
                problems.add(new DefinitionProblem("delivery." + key, "\"" + value + "\" is not an http(s) URL,"
                        + " e.g. "
                        + (key.equals("endpoint") ? AmazonSettings.EUROPE : AmazonSettings.LOGIN_WITH_AMAZON)));
            }
        }
        return problems;
    }

    private static void required(ConnectorDefinition definition, String key, String how,
            List<DefinitionProblem> problems) {
        String value = definition.deliverySetting(key, null);
        if (value == null || value.isBlank()) {
            problems.add(new DefinitionProblem("delivery." + key, "missing " + how));
        }
    }

    /** The settings with references resolved, or why the connector cannot reach Amazon now. */
    static Resolved resolve(ConnectorDefinition definition, AmazonSettings.Pacing pacing) {
        List<String> missing = new ArrayList<>();
        String seller = value(definition, "seller_id", null, missing);
        String marketplace = value(definition, "marketplace_id", null, missing);
        String clientId = value(definition, "client_id", null, missing);
        String clientSecret = value(definition, "client_secret", null, missing);
        String refreshToken = value(definition, "refresh_token", null, missing);
        String endpoint = value(definition, "endpoint", AmazonSettings.EUROPE.toString(), missing);
        String tokenEndpoint = value(definition, "token_endpoint", AmazonSettings.LOGIN_WITH_AMAZON.toString(),
                missing);
        String language = value(definition, "language_tag", definition.locale(), missing);
        if (!missing.isEmpty()) {
            return new Resolved(null, "connector \"" + definition.code() + "\" has no value for "
                    + String.join(", ", missing) + ": set the environment variable"
                    + (missing.size() > 1 ? "s" : "") + " on every node and run again.");
        }
        if (!endpoint.matches(URL) || !tokenEndpoint.matches(URL)) {
            return new Resolved(null, "delivery.endpoint or delivery.token_endpoint of \"" + definition.code()
                    + "\" does not resolve to an http(s) URL.");
        }
        ListingTarget target = new ListingTarget(seller, marketplace, language, definition.currency());
        return new Resolved(new AmazonSettings(URI.create(endpoint), URI.create(tokenEndpoint), clientId,
                clientSecret, refreshToken, target, pacing), null);
    }

    private static String value(ConnectorDefinition definition, String key, String fallback, List<String> missing) {
        String written = definition.deliverySetting(key, fallback);
        Optional<String> found = SecretRefs.lookup(written);
        if (found.isEmpty()) {
            missing.add("delivery." + key + (written == null ? "" : " " + written));
            return null;
        }
        return found.get();
    }

    /** Either settings or the reason there are none. */
    record Resolved(AmazonSettings settings, String problem) {
    }
}
