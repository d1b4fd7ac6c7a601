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
                    Line line = parse(json, number, raw);
                    if (line.body() == null) {
                        write(json, output, List.of(LineResult.invalidJson(number)));
                        continue;
                    }
                    batch.add(line);
                    if (batch.size() >= batchSize) {
                        write(json, output, handler.apply(batch));
                        batch = new ArrayList<>(batchSize);
                    }
                }
                if (!batch.isEmpty()) {
                    write(json, output, handler.apply(batch));
                }
            }
        };
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
