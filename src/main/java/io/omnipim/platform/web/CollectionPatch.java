package io.omnipim.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Akeneo's collection PATCH ({@code application/vnd.akeneo.collection+json}): one JSON object per line in, one
 * result line out per input line, written as soon as its batch is done. Lines are read lazily and handled in
 * batches, so memory stays flat whatever the size; a bad line is answered alone and never stops the others.
 */
public final class CollectionPatch {

    public static final String MEDIA_TYPE = "application/vnd.akeneo.collection+json";

    private CollectionPatch() {
    }

    /** One input line: its number and the parsed object (null when the line was not a JSON object). */
    public record Line(int number, ObjectNode body) {
    }

    public static StreamingOutput stream(InputStream input, ObjectMapper json, int batchSize,
            Function<List<Line>, List<LineResult>> handler) {
        return output -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
                List<Line> batch = new ArrayList<>(batchSize);
                String raw;
                int number = 0;
                while ((raw = reader.readLine()) != null) {
                    number++;
                    if (raw.isBlank()) {
                        continue;
                    }
                    batch.add(parse(json, number, raw));
                    if (batch.size() >= batchSize) {
                        write(json, output, handle(batch, handler));
                        batch = new ArrayList<>(batchSize);
                    }
                }
                if (!batch.isEmpty()) {
                    write(json, output, handle(batch, handler));
                }
            }
        };
    }

    /** Valid lines go to the handler; the answers come back in line order with the unreadable ones. */
    private static List<LineResult> handle(List<Line> batch, Function<List<Line>, List<LineResult>> handler) {
        List<Line> valid = batch.stream().filter(l -> l.body() != null).toList();
        List<LineResult> results = new ArrayList<>(valid.isEmpty() ? List.of() : handler.apply(valid));
        batch.stream().filter(l -> l.body() == null).forEach(l -> results.add(LineResult.invalidJson(l.number())));
        results.sort(java.util.Comparator.comparingInt(LineResult::line));
        return results;
    }

    private static Line parse(ObjectMapper json, int number, String raw) {
        try {
            JsonNode node = json.readTree(raw);
            return new Line(number, node instanceof ObjectNode o ? o : null);
        } catch (JsonProcessingException e) {
            return new Line(number, null);
        }
    }

    private static void write(ObjectMapper json, OutputStream output, List<LineResult> results) {
        try {
            for (LineResult r : results) {
                output.write(json.writeValueAsBytes(r));
                output.write('\n');
            }
            output.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
