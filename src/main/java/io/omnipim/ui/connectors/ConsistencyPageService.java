package io.omnipim.ui.connectors;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.platform.errors.PimException;
import io.omnipim.syndication.core.connector.ConnectorService;
import io.omnipim.syndication.core.connector.ConnectorView;
import io.omnipim.syndication.core.run.ConsistencyCheck;
import io.omnipim.syndication.core.run.ConsistencyReport;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.MoreMessages;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/**
 * The connector's consistency screen, from the syndication feature's report (the same as the API's). A report
 * compares every selected product, minutes on a large catalog: it is made in the background, and the screen shows
 * "being checked" until it is ready instead of keeping the browser waiting; visits meanwhile join it.
 */
@ApplicationScoped
public class ConsistencyPageService {

    /** How long a visit waits for the report before showing "being checked": small catalogs never see it. */
    static final Duration WAIT = Duration.ofMillis(150);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Map<String, Making> making = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "consistency-report");
        thread.setDaemon(true);
        return thread;
    });

    /** A report being made or made, and when it was asked for. */
    private record Making(Instant asked, CompletableFuture<ConsistencyReport> report) {
    }

    private static final int SHOWN_CHARS = 160;
    private static final List<String> OFFER_HINTS = List.of("price", "availab", "stock", "quantity");

    private final ConsistencyCheck check;
    private final ConnectorService connectors;
    private final ConnectorPageService pages;

    public ConsistencyPageService(ConsistencyCheck check, ConnectorService connectors, ConnectorPageService pages) {
        this.check = check;
        this.connectors = connectors;
        this.pages = pages;
    }

    /**
     * A visit makes a new report, or joins the one being made; the waiting screen's own requests ({@code waiting})
     * pick up the report it was waiting for.
     */
    public ConsistencyPage page(String code, boolean waiting, Shell shell) {
        ConnectorRow row = pages.page(code, null, shell).connector();
        ConnectorView view = connectors.get(code);
        Making current = making.compute(code, (c, before) -> before == null || !waiting && before.report().isDone()
                ? start(code)
                : before);
        ConsistencyReport report;
        try {
            report = current.report().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return ConsistencyPage.pending(row);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ConsistencyPage.pending(row);
        } catch (ExecutionException e) {
            making.remove(code, current);
            String message = e.getCause() instanceof PimException p ? p.getMessage() : String.valueOf(e.getCause());
            return new ConsistencyPage(row, 0, 0, List.of(), message, null);
        }
        return page(row, view, report, TIME.format(current.asked().atZone(ZoneId.systemDefault())), shell);
    }

    private Making start(String code) {
        return new Making(Instant.now(), CompletableFuture.supplyAsync(() -> check.check(code), background));
    }

    private static ConsistencyPage page(ConnectorRow row, ConnectorView view, ConsistencyReport report,
            String madeAt, Shell shell) {
        FieldLinks links = new FieldLinks(view.definition(), view.channel(), view.locale());
        MoreMessages more = Texts.more(shell);
        List<ConsistencyPage.Section> sections = List.of(
                section("stale", more.cons_stale(), more.cons_stale_hint(), report.staleCount(), report.stale(), links,
                        view),
                section("missing", more.cons_missing(), more.cons_missing_hint(), report.missingCount(),
                        report.missing(), links, view),
                section("unexpected", more.cons_unexpected(), more.cons_unexpected_hint(), report.unexpectedCount(),
                        report.unexpected(), links, view));
        return new ConsistencyPage(row, report.checked(), report.consistent(), sections, null, madeAt);
    }

    private static ConsistencyPage.Section section(String kind, String title, String hint, long count,
            List<ConsistencyReport.Difference> differences, FieldLinks links, ConnectorView view) {
        List<ConsistencyPage.Product> products = new ArrayList<>();
        for (ConsistencyReport.Difference d : differences == null
                ? List.<ConsistencyReport.Difference>of()
                : differences) {
            List<ConsistencyPage.Diff> diffs = new ArrayList<>();
            if (d.fields() != null) {
                for (ConsistencyReport.Field f : d.fields()) {
                    diffs.add(new ConsistencyPage.Diff(f.field(), shown(f.channel()), shown(f.catalog()),
                            links.product(d.identifier(), f.field()),
                            OFFER_HINTS.stream().anyMatch(f.field()::contains)));
                }
            }
            products.add(new ConsistencyPage.Product(d.identifier(),
                    d.identifier() == null ? null : Links.product(d.identifier(), view.channel(), view.locale()),
                    diffs));
        }
        return new ConsistencyPage.Section(kind, title, hint, count, products);
    }

    /** A channel value as text, long ones cut: a description's whole HTML would drown the list. */
    static String shown(Object value) {
        if (value == null || value instanceof JsonNode n && (n.isNull() || n.isMissingNode())) {
            return "";
        }
        String text = value instanceof JsonNode n && n.isValueNode() ? n.asText() : String.valueOf(value);
        return text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "…" : text;
    }
}
