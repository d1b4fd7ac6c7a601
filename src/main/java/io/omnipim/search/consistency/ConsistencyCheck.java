package io.omnipim.search.consistency;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.read.CatalogReader;
import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.search.NodeLock;
import io.omnipim.search.index.CatalogIndex;
import io.omnipim.search.index.DocumentIds;
import io.omnipim.search.index.DocumentWriter;
import io.omnipim.search.indexer.ChangeApplier;
import io.omnipim.search.indexer.IndexLag;
import io.quarkus.scheduler.Scheduled;

/**
 * Compares the index with PostgreSQL, bucket by bucket so memory stays bounded, and optionally repairs: missing
 * and stale documents are re-indexed from the catalog, extra ones deleted. The index side is read before the
 * database side, so a change landing in between shows as missing or stale (harmless to repair), never as a
 * document to delete.
 */
@ApplicationScoped
public class ConsistencyCheck {

    static final int LISTED = 1000;
    private static final String HEX = "0123456789abcdef";
    private static final Logger LOG = Logger.getLogger(ConsistencyCheck.class);

    private final CatalogReader reader;
    private final DocumentIds ids;
    private final CatalogIndex index;
    private final ChangeApplier applier;
    private final DocumentWriter writer;
    private final IndexLag lag;
    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public ConsistencyCheck(CatalogReader reader, DocumentIds ids, CatalogIndex index, ChangeApplier applier,
            DocumentWriter writer, IndexLag lag, AgroalDataSource dataSource, ObjectMapper json) {
        this.reader = reader;
        this.ids = ids;
        this.index = index;
        this.applier = applier;
        this.writer = writer;
        this.lag = lag;
        this.dataSource = dataSource;
        this.json = json;
    }

    @Scheduled(cron = "{pim.search.consistency-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        try {
            Optional<NodeLock> lock = NodeLock.tryAcquire(dataSource, NodeLock.CONSISTENCY);
            if (lock.isPresent()) {
                try (NodeLock held = lock.get()) {
                    ConsistencyReport report = run(true);
                    LOG.infof("search consistency: %d documents in the catalog, %d in the index, %d differences, %d"
                            + " repaired", report.databaseCount(), report.indexCount(), report.differencesTotal(),
                            report.repaired());
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("search consistency check failed: %s", e.getMessage());
        }
    }

    public ConsistencyReport run(boolean repair) {
        String alias = index.alias();
        List<ConsistencyReport.Bucket> buckets = new ArrayList<>();
        List<ConsistencyReport.Difference> differences = new ArrayList<>();
        for (char digit : HEX.toCharArray()) {
            Map<String, String> indexed = fingerprints(alias, IndexDocument.PRODUCT, String.valueOf(digit));
            Map<String, String> stored = reader.productFingerprints(digit);
            buckets.add(compare(String.valueOf(digit), IndexDocument.PRODUCT, stored, indexed, differences));
        }
        Map<String, String> indexedModels = fingerprints(alias, IndexDocument.PRODUCT_MODEL, null);
        buckets.add(compare("models", IndexDocument.PRODUCT_MODEL, reader.modelFingerprints(), indexedModels,
                differences));
        int repaired = repair ? repair(alias, differences) : 0;
        long databaseCount = buckets.stream().mapToLong(ConsistencyReport.Bucket::databaseCount).sum();
        long indexCount = buckets.stream().mapToLong(ConsistencyReport.Bucket::indexCount).sum();
        return new ConsistencyReport(Instant.now(), index.target().orElse(null), lag.pending(), databaseCount,
                indexCount, differences.size(), differences.stream().limit(LISTED).toList(), buckets, repaired);
    }

    private Map<String, String> fingerprints(String alias, String type, String idPrefix) {
        ObjectNode query = json.createObjectNode();
        ArrayNode filter = query.putObject("bool").putArray("filter");
        filter.addObject().putObject("term").put("type", type);
        if (idPrefix != null) {
            filter.addObject().putObject("prefix").put("id", idPrefix);
        }
        Map<String, String> out = new HashMap<>();
        ids.scan(alias, query, page -> page.forEach(ref -> out.put(ref.id(), ref.fingerprint())));
        return out;
    }

    private static ConsistencyReport.Bucket compare(String bucket, String type, Map<String, String> stored,
            Map<String, String> indexed, List<ConsistencyReport.Difference> differences) {
        stored.forEach((id, fingerprint) -> {
            String inIndex = indexed.get(id);
            if (inIndex == null) {
                differences.add(new ConsistencyReport.Difference(type, id, "missing", fingerprint, null));
            } else if (!inIndex.equals(fingerprint)) {
                differences.add(new ConsistencyReport.Difference(type, id, "stale", fingerprint, inIndex));
            }
        });
        indexed.forEach((id, fingerprint) -> {
            if (!stored.containsKey(id)) {
                differences.add(new ConsistencyReport.Difference(type, id, "extra", null, fingerprint));
            }
        });
        return new ConsistencyReport.Bucket(bucket, stored.size(), indexed.size(), checksum(stored),
                checksum(indexed));
    }

    /** Order-independent: the sum of the CRC-32 of each "id=fingerprint". */
    private static String checksum(Map<String, String> entries) {
        long sum = 0;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            CRC32 crc = new CRC32();
            crc.update((e.getKey() + "=" + e.getValue()).getBytes(StandardCharsets.UTF_8));
            sum += crc.getValue();
        }
        return Long.toHexString(sum);
    }

    private int repair(String alias, List<ConsistencyReport.Difference> differences) {
        Set<String> products = new LinkedHashSet<>();
        Set<String> models = new LinkedHashSet<>();
        List<DocumentWriter.Deletion> extra = new ArrayList<>();
        for (ConsistencyReport.Difference d : differences) {
            if ("extra".equals(d.problem())) {
                extra.add(new DocumentWriter.Deletion(DocumentWriter.documentId(d.type(), d.id()), null));
            } else {
                (IndexDocument.PRODUCT.equals(d.type()) ? products : models).add(d.id());
            }
        }
        DocumentWriter.Outcome outcome = applier.reindex(alias, products, models)
                .plus(writer.write(alias, true, List.of(), extra, reader.structure()));
        index.refresh(alias);
        return outcome.written();
    }
}
