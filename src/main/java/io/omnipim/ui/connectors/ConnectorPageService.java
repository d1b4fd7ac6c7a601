package io.omnipim.ui.connectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.syndication.core.connector.ConnectorPreview;
import io.omnipim.syndication.core.connector.ConnectorService;
import io.omnipim.syndication.core.connector.ConnectorView;
import io.omnipim.syndication.core.run.ConnectorRuns;
import io.omnipim.syndication.core.run.RunOptions;
import io.omnipim.ui.shell.Messages;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/** The connectors' screens, read and run through the syndication feature's services. */
@ApplicationScoped
public class ConnectorPageService {

    private static final int RUNS_SHOWN = 15;

    private final ConnectorService connectors;
    private final ConnectorRuns runs;
    private final ConnectorPreview previews;

    public ConnectorPageService(ConnectorService connectors, ConnectorRuns runs, ConnectorPreview previews) {
        this.connectors = connectors;
        this.runs = runs;
        this.previews = previews;
    }

    public List<ConnectorRow> list(Shell shell) {
        Messages msg = Texts.of(shell);
        return connectors.list().stream().map(v -> row(v, msg)).toList();
    }

    public ConnectorPage page(String code, String identifier, Shell shell) {
        Messages msg = Texts.of(shell);
        ConnectorView view = connectors.get(code);
        FieldLinks links = links(view);
        List<RunPanel> recent = runs.runs(code, 1, RUNS_SHOWN).stream().map(j -> RunPanel.of(j, links, msg))
                .toList();
        ConnectorRow row = new ConnectorRow(view.code(), view.label(), view.type(), view.channel(), view.locale(),
                view.schedule(), view.usable(), view.problems(), recent.isEmpty() ? null : recent.get(0));
        ConnectorPreview.Preview preview = null;
        List<ConnectorPage.PreviewField> fields = List.of();
        String previewError = null;
        String asked = identifier == null || identifier.isBlank() ? null : identifier.trim();
        if (asked != null) {
            try {
                preview = previews.preview(code, asked);
                fields = fields(preview, links);
            } catch (PimException e) {
                previewError = e.getMessage();
            }
        }
        return new ConnectorPage(row, view.origin(), recent, asked, preview, fields, previewError);
    }

    public RunPanel run(String code, UUID id, Shell shell) {
        return RunPanel.of(runs.run(code, id), links(connectors.get(code)), Texts.of(shell));
    }

    /** Queues a run; managers only, as in the API. */
    public UUID start(String code, String mode, boolean dryRun, Shell shell, Author author) {
        if (!shell.canManage()) {
            throw new PimException(403, "Running a connector publishes to a channel: it needs the manager role.");
        }
        return runs.start(code, RunOptions.of(code, mode, dryRun, "ui"), author);
    }

    private ConnectorRow row(ConnectorView v, Messages msg) {
        RunPanel last = null;
        try {
            last = runs.runs(v.code(), 1, 1).stream().findFirst().map(j -> RunPanel.of(j, links(v), msg))
                    .orElse(null);
        } catch (PimException e) {
            // removed meanwhile: listed without its runs
        }
        return new ConnectorRow(v.code(), v.label(), v.type(), v.channel(), v.locale(), v.schedule(), v.usable(),
                v.problems(), last);
    }

    private static FieldLinks links(ConnectorView view) {
        return new FieldLinks(view.definition(), view.channel(), view.locale());
    }

    private static List<ConnectorPage.PreviewField> fields(ConnectorPreview.Preview preview, FieldLinks links) {
        List<ConnectorPage.PreviewField> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Map.Entry<String, Object> e : preview.fields().entrySet()) {
            String problem = problem(preview, e.getKey());
            out.add(new ConnectorPage.PreviewField(e.getKey(), e.getValue() == null ? "" : String.valueOf(e.getValue()),
                    problem, problem == null ? null : links.product(preview.identifier(), e.getKey())));
            seen.add(e.getKey());
        }
        for (ConnectorPreview.Issue issue : preview.issues()) {
            if (issue.field() != null && !seen.contains(issue.field())) {
                out.add(new ConnectorPage.PreviewField(issue.field(), "", issue.message(),
                        links.product(preview.identifier(), issue.field())));
                seen.add(issue.field());
            }
        }
        return out;
    }

    private static String problem(ConnectorPreview.Preview preview, String field) {
        return preview.issues().stream().filter(i -> field.equals(i.field())).map(ConnectorPreview.Issue::message)
                .findFirst().orElse(null);
    }
}
