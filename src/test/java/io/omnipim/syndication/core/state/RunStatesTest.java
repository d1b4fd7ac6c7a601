package io.omnipim.syndication.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.syndication.core.ItemIssue;

/** The COPY lines a run records: quotes, accents, euro signs and line breaks come through as PostgreSQL reads them. */
class RunStatesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final RunStates states = new RunStates(null, json);
    private final UUID uuid = UUID.fromString("0b6f3c2e-8d1a-4a7e-9a52-3f1c2d4e5f60");

    @Test
    void aDeliveredProductsLineCarriesItsPayloadAsQuotedJson() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", "Veste « Été » en laine \"Édition\" – 89,90 €");
        fields.put("description", "Chaude et légère.\nFür den Winter: 100 % Wolle, \\ Größe M");
        fields.put("color", List.of("Bleu nuit", "Gris"));
        SyndicationState state = new SyndicationState("google-fr", uuid, "VESTE-\"42\"", "ab12", null,
                OffsetDateTime.parse("2026-03-01T10:15:30+01:00"), SyndicationState.DELIVERED, List.of());

        String line = new String(states.row(state, fields), StandardCharsets.UTF_8);

        assertThat(line).isEqualTo(uuid + ",\"VESTE-\"\"42\"\"\",\"ab12\"," + cell(json.writeValueAsString(fields))
                + ",\"2026-03-01T10:15:30+01:00\",\"delivered\",\"[]\"\n");
    }

    @Test
    void anInvalidProductsLineHasNoPayloadAndKeepsItsIssues() throws Exception {
        List<ItemIssue> issues = List.of(new ItemIssue("CHEMISE-1", "price", "le prix \"0,00 €\" est refusé"));
        SyndicationState state = new SyndicationState("google-fr", uuid, "CHEMISE-1", null, null, null,
                SyndicationState.INVALID, issues);

        String line = new String(states.row(state, null), StandardCharsets.UTF_8);

        assertThat(line).isEqualTo(uuid + ",\"CHEMISE-1\",,,,\"invalid\"," + cell(json.writeValueAsString(issues))
                + "\n");
    }

    /** The CSV cell as the lines were built before: quoted, quotes doubled. */
    private static String cell(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
