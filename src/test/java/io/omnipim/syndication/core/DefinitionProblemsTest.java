package io.omnipim.syndication.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.omnipim.syndication.ShippedConnectors;
import io.omnipim.syndication.core.definition.ConnectorDefinition;
import io.omnipim.syndication.core.definition.DefinitionException;
import io.omnipim.syndication.core.definition.DefinitionProblem;
import io.omnipim.syndication.core.definition.Located;

/** A bad definition is refused with its file, line and field, in words that say how to fix it. */
class DefinitionProblemsTest {

    private static final String HEAD = """
            code: google-fr
            label: Google France
            type: google-merchant
            channel: ecommerce
            locale: fr_FR
            currency: EUR
            link_template: "https://boutique.example/p/{identifier}"
            media_base_url: "https://boutique.example/media/"
            fields:
              - {target: id, property: identifier}
              - {target: title, source: name}
              - {target: description, source: description, transforms: [strip_html]}
              - {target: link, property: url}
              - {target: image_link, property: image, transforms: [image_url]}
              - {target: availability, source: availability}
              - {target: price, source: price, transforms: [price_format]}
            """;

    @Test
    void aMisspeltAttributeIsReportedAtItsLineWithTheNearestCode() {
        String yaml = HEAD + "  - target: color\n    source: colour\n";
        ConnectorDefinition definition = ShippedConnectors.read(yaml, "connectors/google.yaml");
        List<DefinitionProblem> problems = ShippedConnectors.check(definition);
        Located located = Located.parse(yaml, "connectors/google.yaml");
        assertThat(problems).extracting(p -> located.place(p).text()).containsExactly(
                "connectors/google.yaml, line 18, fields[7].source: unknown attribute \"colour\"; did you mean"
                        + " \"color\"?");
    }

    @Test
    void unknownKeysTransformsAndPropertiesAreRefusedWithSuggestions() {
        String yaml = HEAD.replace("channel: ecommerce", "chanel: ecommerce") + """
                  - {target: brand, source: brand, transforms: [option_labels]}
                  - {target: item_group_id, property: item_groups}
                """;
        assertThatThrownBy(() -> ShippedConnectors.read(yaml, "connectors/google.yaml"))
                .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionException.Placed::text).contains(
                                "connectors/google.yaml, line 4, chanel: unknown key \"chanel\"; did you mean"
                                        + " \"channel\"?",
                                "connectors/google.yaml, line 1, channel: missing; write channel: …",
                                "connectors/google.yaml, line 17, fields[7].transforms[0]: unknown transform"
                                        + " \"option_labels\"; did you mean \"option_label\"?",
                                "connectors/google.yaml, line 18, fields[8].property: unknown property"
                                        + " \"item_groups\"; did you mean \"item_group\"?"));
    }

    @Test
    void aSecretWrittenInTheFileIsRefusedAndAnEnvironmentReferenceAccepted() {
        String inline = HEAD + "delivery:\n  format: xml\n  fetch_token: s3cr3t-Value\n";
        assertThatThrownBy(() -> ShippedConnectors.read(inline, "connectors/google.yaml"))
                .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.problems().get(0).text())
                        .isEqualTo("connectors/google.yaml, line 19, delivery.fetch_token: secrets are not written in"
                                + " a definition: put the value in an environment variable and write fetch_token:"
                                + " ${CONNECTOR_FETCH_TOKEN}"));
        String reference = HEAD + "delivery:\n  format: xml\n  fetch_token: ${GOOGLE_FEED_TOKEN}\n";
        assertThat(ShippedConnectors.read(reference, "connectors/google.yaml").deliverySetting("fetch_token", null))
                .isEqualTo("${GOOGLE_FEED_TOKEN}");
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        String broken = HEAD + "schedule: \"0 0 4 * * ?\n";
        assertThatThrownBy(() -> Located.parse(broken, "connectors/google.yaml"))
                .isInstanceOf(DefinitionException.class).hasMessageStartingWith("connectors/google.yaml, line 1")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aScheduleMustBeAQuartzCronAndTheGateAShare() {
        String yaml = HEAD + "schedule: \"every night\"\npublish_gate: {max_invalid_ratio: 10}\n";
        assertThatThrownBy(() -> ShippedConnectors.read(yaml, "connectors/google.yaml"))
                .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionException.Placed::text).anySatisfy(t -> assertThat(t).startsWith(
                                "connectors/google.yaml, line 17, schedule: not a Quartz cron expression"))
                        .contains("connectors/google.yaml, line 18, publish_gate.max_invalid_ratio: expects a share"
                                + " between 0 and 1, e.g. 0.05 for 5 %"));
    }

    @Test
    void aFieldTheChannelRequiresMustBeMapped() {
        String yaml = HEAD.replace("  - {target: link, property: url}\n", "");
        List<DefinitionProblem> problems = ShippedConnectors.check(ShippedConnectors.read(yaml, "request body"));
        assertThat(problems).extracting(DefinitionProblem::message).containsExactly(
                "google-merchant requires the field \"link\"; map it, e.g. - {target: link, source: <attribute>}");
    }

    @Test
    void theLocaleAndCurrencyMustBelongToTheChannel() {
        String yaml = HEAD.replace("locale: fr_FR", "locale: it_IT").replace("currency: EUR", "currency: GBP");
        assertThat(ShippedConnectors.check(ShippedConnectors.read(yaml, "request body")))
                .extracting(DefinitionProblem::path, DefinitionProblem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("locale", "\"it_IT\" is not a locale of channel"
                                + " \"ecommerce\"; its locales: en_US, fr_FR, de_DE"),
                        org.assertj.core.groups.Tuple.tuple("currency", "\"GBP\" is not a currency of channel"
                                + " \"ecommerce\"; its currencies: EUR, USD"));
    }

    @Test
    void aTransformMustFitItsSource() {
        String yaml = HEAD + "  - {target: brand, source: name, transforms: [option_label]}\n";
        assertThat(ShippedConnectors.check(ShippedConnectors.read(yaml, "request body")))
                .extracting(DefinitionProblem::message).containsExactly(
                        "option_label applies to a simple or multi select attribute; \"name\" is text");
    }

    @Test
    void aYamlFlowMappingIsNotMistakenForBrokenJson() {
        String flow = "{code: meta-fr, type: meta-catalog, channel: ecommerce, locale: fr_FR, currency: EUR,"
                + " fields: [{target: id, property: identifier}]}";
        assertThat(ShippedConnectors.read(flow, "request body").code()).isEqualTo("meta-fr");
        assertThatThrownBy(() -> Located.parse("{\"code\": \"x\",\n \"type\": \"idealo\"", "request body"))
                .hasMessageStartingWith("request body, line 2: not valid JSON");
    }

    @Test
    void jsonIsReadLikeYaml() {
        String json = """
                {"code": "meta-fr", "type": "meta-catalog", "channel": "ecommerce", "locale": "fr_FR",
                 "currency": "EUR", "fields": [{"target": "id", "property": "identifier"}, {"target": "titel",
                 "source": "name"}]}""";
        ConnectorDefinition definition = ShippedConnectors.read(json, "request body");
        Located located = Located.parse(json, "request body");
        assertThat(ShippedConnectors.check(definition)).extracting(p -> located.place(p).text())
                .contains("request body, line 2, fields[1].target: unknown meta-catalog field \"titel\"; did you mean"
                        + " \"title\"?");
    }
}
