package io.omnipim.search.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.catalog.read.ReadStructure;

/**
 * Writes documents and deletions in {@code _bulk} requests, versioned externally with the catalog's version
 * ({@code external_gte}): an older version is refused by Elasticsearch itself, whoever sends it and in whatever
 * order, while the same version may be written again (a variant is re-indexed at its own version when a model
 * it inherits from changes).
 */
@ApplicationScoped
public class DocumentWriter {

    private static final Logger LOG = Logger.getLogger(DocumentWriter.class);

    private final SearchCluster cluster;
    private final ObjectMapper json;

    public DocumentWriter(SearchCluster cluster) {
        this.cluster = cluster;
        this.json = cluster.json();
    }

    /** A document to delete; a null version deletes whatever version is there. */
    public record Deletion(String id, Long version) {
    }

    /** What Elasticsearch did: written, refused as older than what it holds, refused for another reason. */
    public record Outcome(int written, int older, int rejected) {

        public Outcome plus(Outcome o) {
            return new Outcome(written + o.written, older + o.older, rejected + o.rejected);
        }
    }

    public static final Outcome NOTHING = new Outcome(0, 0, 0);

    /**
     * One bulk request into {@code target}. With {@code requireAlias}, the target must be an alias, so a write
     * never creates a stray index of that name when the alias is missing.
     */
    public Outcome write(String target, boolean requireAlias, List<IndexDocument> documents,
            List<Deletion> deletions, ReadStructure structure) {
        if (documents.isEmpty() && deletions.isEmpty()) {
            return NOTHING;
        }
        return send(encode(target, documents, deletions, structure), requireAlias);
    }

    /** A bulk request body ready to send (UTF-8 NDJSON), and what it targets. */
    public record Bulk(String target, byte[] body) {

        boolean isEmpty() {
            return body.length == 0;
        }
    }

    /**
     * The bulk body of these writes, without sending it: the indexer encodes the next batch (folding words, writing
     * JSON: most of its work) on its read-ahead thread while the current one is sent.
     */
    public Bulk encode(String target, List<IndexDocument> documents, List<Deletion> deletions,
            ReadStructure structure) {
        // encoding (folding words, writing JSON) is the costly part: documents are encoded on every core, in order,
        // straight to UTF-8 (a String body was encoded once more on sending: a tenth of the indexer's time)
        List<byte[]> encoded = documents.parallelStream().map(doc -> encode(target, doc, structure)).toList();
        ByteArrayOutputStream body = new ByteArrayOutputStream(encoded.stream().mapToInt(b -> b.length).sum()
                + 100 * deletions.size());
        encoded.forEach(body::writeBytes);
        for (Deletion d : deletions) {
            ObjectNode action = json.createObjectNode();
            ObjectNode delete = action.putObject("delete").put("_index", target).put("_id", d.id());
            if (d.version() != null) {
                delete.put("version", d.version()).put("version_type", "external_gte");
            }
            line(action, body);
        }
        return new Bulk(target, body.toByteArray());
    }

    private byte[] encode(String target, IndexDocument doc, ReadStructure structure) {
        ObjectNode action = json.createObjectNode();
        action.putObject("index").put("_index", target).put("_id", documentId(doc.type(), doc.id()))
                .put("version", doc.version()).put("version_type", "external_gte");
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        line(action, out);
        line(DocumentSource.of(doc, structure), out);
        return out.toByteArray();
    }

    /** Sends an encoded bulk; with {@code requireAlias}, its target must be an alias (see {@link #write}). */
    public Outcome send(Bulk bulk, boolean requireAlias) {
        if (bulk.isEmpty()) {
            return NOTHING;
        }
        SearchCluster.Reply reply = cluster.bulk(bulk.body(),
                requireAlias ? Map.of("require_alias", "true") : Map.of()).orFail("bulk write to " + bulk.target());
        return outcome(reply.body(), bulk.target());
    }

    /**
     * The index id of a document: a product's uuid, or {@code model:<code>} for a product model so that the two
     * id spaces never collide.
     */
    public static String documentId(String type, String id) {
        return IndexDocument.PRODUCT_MODEL.equals(type) ? "model:" + id : id;
    }

    private Outcome outcome(JsonNode body, String target) {
        if (!body.path("errors").asBoolean(false)) {
            return new Outcome(body.path("items").size(), 0, 0);
        }
        int written = 0;
        int older = 0;
        int rejected = 0;
        for (JsonNode item : body.path("items")) {
            JsonNode result = item.elements().next();
            int status = result.path("status").asInt();
            if ("index_not_found_exception".equals(result.path("error").path("type").asText())) {
                throw new SearchUnavailable("the index " + target + " does not exist");
            } else if (status < 300 || (status == 404 && item.has("delete"))) {
                written++;
            } else if (status == 409) {
                older++;
            } else if (status == 429 || status >= 500) {
                throw new SearchUnavailable("Elasticsearch refused part of a bulk write (" + status + "): "
                        + result.path("error").path("reason").asText());
            } else {
                rejected++;
                LOG.warnf("document %s refused by %s (%d): %s", result.path("_id").asText(), target, status,
                        result.path("error").path("reason").asText());
            }
        }
        return new Outcome(written, older, rejected);
    }

    private void line(JsonNode node, ByteArrayOutputStream out) {
        try {
            json.writeValue(out, node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.write('\n');
    }
}
