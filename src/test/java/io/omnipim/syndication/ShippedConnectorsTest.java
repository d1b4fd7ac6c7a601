package io.omnipim.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.omnipim.syndication.core.definition.ConnectorDefinition;

/** The definitions shipped in {@code connectors/} load without a problem against the sample catalog. */
class ShippedConnectorsTest {

    @Test
    void everyShippedDefinitionLoadsCleanlyAgainstTheSampleCatalog() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("connectors"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).contains("google-shopping.yaml", "meta-catalog.yaml", "idealo.yaml");
        for (String file : files) {
            ConnectorDefinition definition = ShippedConnectors.file(file);
            assertThat(ShippedConnectors.check(definition)).as(file).isEmpty();
            assertThat(file).isEqualTo(definition.code() + ".yaml");
        }
    }

    @Test
    void theShippedConnectorsCoverTheThreeFileFeedTypes() {
        assertThat(ShippedConnectors.file("google-shopping.yaml").type()).isEqualTo("google-merchant");
        assertThat(ShippedConnectors.file("meta-catalog.yaml").type()).isEqualTo("meta-catalog");
        ConnectorDefinition idealo = ShippedConnectors.file("idealo.yaml");
        assertThat(idealo.type()).isEqualTo("idealo");
        assertThat(idealo.locale()).isEqualTo("de_DE");
        assertThat(idealo.channel()).isEqualTo("marketplaces");
        assertThat(idealo.selectionJson()).contains("\"completeness\"").contains("\"marketplaces\"");
    }

    @Test
    void theShippedPushedConnectorsTakeTheirUrlAndSecretFromTheEnvironmentAndDeliverOnChange() {
        ConnectorDefinition shop = ShippedConnectors.file("shop-webhook.yaml");
        assertThat(shop.type()).isEqualTo("webhook");
        assertThat(shop.onChange()).isTrue();
        assertThat(shop.deliverySetting("url", null)).isEqualTo("${SHOP_WEBHOOK_URL}");
        assertThat(shop.deliverySetting("secret", null)).isEqualTo("${SHOP_WEBHOOK_SECRET}");
        ConnectorDefinition app = ShippedConnectors.file("mobile-app.yaml");
        assertThat(app.type()).isEqualTo("app-feed");
        assertThat(app.channel()).isEqualTo("mobile");
    }

    @Test
    void theShippedAmazonConnectorTakesTheSellerAndLoginWithAmazonCredentialsFromTheEnvironment() {
        ConnectorDefinition amazon = ShippedConnectors.file("amazon-marketplace.yaml");
        assertThat(amazon.type()).isEqualTo("amazon-sp-api");
        assertThat(amazon.channel()).isEqualTo("marketplaces");
        assertThat(amazon.deliverySetting("marketplace_id", null)).isEqualTo("A13V1IB3VIYZZH");
        assertThat(amazon.deliverySetting("client_secret", null)).isEqualTo("${AMAZON_LWA_CLIENT_SECRET}");
        assertThat(amazon.deliverySetting("refresh_token", null)).isEqualTo("${AMAZON_LWA_REFRESH_TOKEN}");
        assertThat(((io.omnipim.syndication.core.push.PushedType) ShippedConnectors.TYPES.find("amazon-sp-api")
                .orElseThrow()).cannotDeliver(amazon)).hasValueSatisfying(why -> assertThat(why)
                        .contains("AMAZON_SELLER_ID").contains("AMAZON_LWA_CLIENT_SECRET")
                        .contains("environment variable"));
    }
}
