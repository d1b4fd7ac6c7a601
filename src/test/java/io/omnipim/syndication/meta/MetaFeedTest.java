package io.omnipim.syndication.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.omnipim.syndication.FeedRun;
import io.omnipim.syndication.ShippedConnectors;
import io.omnipim.syndication.core.MappedItem;

/** The shipped Meta catalog connector on the sample products: golden CSV, read back by an RFC 4180 parser. */
class MetaFeedTest {

    @Test
    void theCsvFeedMatchesItsGoldenFileAndEveryCellReadsBackAsMapped() throws Exception {
        FeedRun run = FeedRun.of(ShippedConnectors.file("meta-catalog.yaml"));
        run.matchesGolden("meta/meta-catalog.csv");
        List<Map<String, String>> rows = read(run.text());
        assertThat(rows).hasSize(4);
        for (int i = 0; i < rows.size(); i++) {
            MappedItem item = run.written().get(i);
            Map<String, String> row = rows.get(i);
            item.fields().keySet().forEach(field -> assertThat(row.get(field)).as(item.id() + " " + field)
                    .isEqualTo(String.join(",", item.values(field))));
        }
        Map<String, String> laptop = rows.get(3);
        assertThat(laptop.get("title")).isEqualTo("Orbiton Air 13\" – 256 Go, occasion très bon état");
        assertThat(laptop.get("availability")).isEqualTo("out of stock");
        assertThat(laptop.get("price")).isEqualTo("649.00 EUR");
        assertThat(rows.get(1).get("description")).contains("\n- 100 % coton biologique certifié GOTS");
        assertThat(run.text()).contains(",\"Orbiton Air 13\"\" – 256 Go, occasion très bon état\",");
    }

    static List<Map<String, String>> read(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }
}
