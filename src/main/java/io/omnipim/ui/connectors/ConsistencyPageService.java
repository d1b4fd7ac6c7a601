package io.omnipim.ui.connectors;

import java.util.ArrayList;
import java.util.List;

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

/** The connector's consistency screen, from the syndication feature's report (the same as the API's). */
@ApplicationScoped
public class ConsistencyPageService {

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

    public ConsistencyPage page(String code, Shell shell) {
        ConnectorRow row = pages.page(code, null, shell).connector();
        ConnectorView view = connectors.get(code);
        FieldLinks links = new FieldLinks(view.definition(), view.channel(), view.locale());
        MoreMessages more = Texts.more(shell);
        ConsistencyReport report;
        try {
            report = check.check(code);
        } catch (PimException e) {
            return new ConsistencyPage(row, 0, 0, List.of(), e.getMessage());
        }
        List<ConsistencyPage.Section> sections = List.of(
                section("stale", more.cons_stale(), more.cons_stale_hint(), report.staleCount(), report.stale(), links,
                        view),
                section("missing", more.cons_missing(), more.cons_missing_hint(), report.missingCount(),
                        report.missing(), links, view),
                section("unexpected", more.cons_unexpected(), more.cons_unexpected_hint(), report.unexpectedCount(),
                        report.unexpected(), links, view));
        return new ConsistencyPage(row, report.checked(), report.consistent(), sections, null);
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
