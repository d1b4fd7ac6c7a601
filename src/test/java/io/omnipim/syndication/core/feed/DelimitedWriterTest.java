package io.omnipim.syndication.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.omnipim.syndication.core.MappedItem;

/** What a channel's parser reads back from a CSV or TSV feed, whatever the values hold. */
class DelimitedWriterTest {

    private static final String AWKWARD = "Écran 13\" – \"Retina\", mat;\tanti-reflet\nligne 2\r\nligne 3";

    private static MappedItem item(Object description) {
        LinkedHashMap<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", "ORB-AIR13");
        fields.put("description", description);
        fields.put("additional_image_link", List.of("https://shop.example/a.png", "https://shop.example/b.png"));
        fields.put("note", " espace au début");
        return new MappedItem("ORB-AIR13", null, fields);
    }

    @Test
    void csvQuotesDelimitersQuotesAndLineBreaksSoEveryValueReadsBackWhole() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DelimitedWriter writer = DelimitedWriter.csv(out,
                List.of("id", "description", "additional_image_link", "note", "empty"), ',', ",");
        writer.write(item(AWKWARD));
        writer.finish();
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id,description,additional_image_link,note,empty\n");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            Map<String, String> row = rows.next();
            assertThat(row).containsEntry("description", AWKWARD)
                    .containsEntry("additional_image_link", "https://shop.example/a.png,https://shop.example/b.png")
                    .containsEntry("note", " espace au début").containsEntry("empty", "");
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void tsvTurnsTabsAndLineBreaksIntoSpacesSoEachLineIsOneItem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DelimitedWriter writer = DelimitedWriter.tsv(out, List.of("id", "description", "additional_image_link"), ",");
        writer.write(item(AWKWARD));
        writer.write(item("deuxième"));
        writer.finish();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).split("\t", -1)).containsExactly("ORB-AIR13",
                "Écran 13\" – \"Retina\", mat; anti-reflet ligne 2 ligne 3",
                "https://shop.example/a.png,https://shop.example/b.png");
    }
}
