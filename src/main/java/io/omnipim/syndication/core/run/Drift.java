package io.omnipim.syndication.core.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The differences a consistency check finds, counted in full and listed up to {@value #LIST} of each kind; the
 * products whose price, sale price, availability or stock differ come first, because a customer notices those.
 */
final class Drift {

    private static final int LIST = 200;
    private static final List<String> OFFER_HINTS = List.of("price", "availab", "stock", "quantity");

    private long checked;
    private long consistent;
    private long staleCount;
    private long missingCount;
    private long unexpectedCount;
    private final List<ConsistencyReport.Difference> stale = new ArrayList<>();
    private final List<ConsistencyReport.Difference> missing = new ArrayList<>();
    private final List<ConsistencyReport.Difference> unexpected = new ArrayList<>();

    void checked() {
        checked++;
    }

    void consistent() {
        consistent++;
    }

    void missing(String identifier) {
        missingCount++;
        add(missing, new ConsistencyReport.Difference(identifier, null));
    }

    void unexpected(String identifier) {
        unexpectedCount++;
        add(unexpected, new ConsistencyReport.Difference(identifier, null));
    }

    void stale(String identifier, List<ConsistencyReport.Field> fields) {
        staleCount++;
        add(stale, new ConsistencyReport.Difference(identifier, fields));
    }

    ConsistencyReport report(String connector, String source, String detail) {
        stale.sort(Comparator.comparing((ConsistencyReport.Difference d) -> !touchesOffer(d))
                .thenComparing(ConsistencyReport.Difference::identifier));
        return new ConsistencyReport(connector, source, detail, checked, consistent, staleCount, missingCount,
                unexpectedCount, stale, missing, unexpected);
    }

    /**
     * The fields whose values differ, offer fields first. Fields the channel holds beyond those the catalog sends
     * count only when {@code known} names them (a channel may keep attributes of its own).
     */
    static List<ConsistencyReport.Field> fields(JsonNode channel, JsonNode catalog, Set<String> known) {
        Set<String> names = new LinkedHashSet<>();
        if (channel != null) {
            channel.fieldNames().forEachRemaining(n -> {
                if (known == null || known.contains(n)) {
                    names.add(n);
                }
            });
        }
        catalog.fieldNames().forEachRemaining(names::add);
        List<ConsistencyReport.Field> out = new ArrayList<>();
        for (String name : names) {
            JsonNode a = channel == null ? null : channel.get(name);
            JsonNode b = catalog.get(name);
            if (!Objects.equals(a, b)) {
                out.add(new ConsistencyReport.Field(name, a, b));
            }
        }
        out.sort(Comparator.comparing((ConsistencyReport.Field f) -> !isOffer(f.field())));
        return out;
    }

    private static boolean touchesOffer(ConsistencyReport.Difference d) {
        return d.fields() != null && d.fields().stream().anyMatch(f -> isOffer(f.field()));
    }

    private static boolean isOffer(String field) {
        return OFFER_HINTS.stream().anyMatch(field::contains);
    }

    private static void add(List<ConsistencyReport.Difference> list, ConsistencyReport.Difference d) {
        if (list.size() < LIST) {
            list.add(d);
        }
    }
}
