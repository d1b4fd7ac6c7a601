package io.omnipim.syndication.idealo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.omnipim.syndication.FeedRun;
import io.omnipim.syndication.ShippedConnectors;
import io.omnipim.syndication.core.ItemIssue;

/** The shipped idealo connector on the sample products: golden CSV in German, read back column by column. */
class IdealoFeedTest {

    @Test
    void theOfferFeedMatchesItsGoldenFileWithGermanTextsAndPlainAmounts() throws Exception {
        FeedRun run = FeedRun.of(ShippedConnectors.file("idealo.yaml"));
        run.matchesGolden("idealo/idealo.csv");
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(run.text())) {
            rows = it.readAll();
        }
        assertThat(rows).extracting(r -> r.get("sku")).containsExactly("FLE-SOCK-RUN", "MLR-TSE-WHT-M",
                "KLW-BUDS-SPORT", "ORB-AIR13-256-USED");
        Map<String, String> socks = rows.get(0);
        assertThat(socks).containsEntry("price", "14.90").containsEntry("eans", "3760289000173")
                .containsEntry("deliveryTime", "2 Werktage").containsEntry("deliveryCosts_dhl", "4.90")
                .containsEntry("categoryPath", "Bekleidung > Damen");
        assertThat(rows.get(1).get("title")).isEqualTo("Maison Lérac Essential T-Shirt aus Bio-Baumwolle Weiß M");
        assertThat(rows.get(2).get("description")).contains("Der „Ambient“-Modus");
        assertThat(run.outcome().firstIssues()).extracting(ItemIssue::id, ItemIssue::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PXL-FIT-LITE", "eans"));
    }
}
