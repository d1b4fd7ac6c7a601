package io.omnipim.ui.exports;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.bulk.exports.ExportOptions;
import io.omnipim.bulk.exports.ExportService;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.security.Author;
import io.omnipim.ui.imports.JobPanel;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/** Starts exports from the page's form and serves their files, through the bulk feature's export service. */
@ApplicationScoped
public class ExportPageService {

    private final ExportService exports;
    private final StructureCache structure;
    private final ObjectMapper json;

    public ExportPageService(ExportService exports, StructureCache structure, ObjectMapper json) {
        this.exports = exports;
        this.structure = structure;
        this.json = json;
    }

    /** What the user chose on the form. */
    public record Request(String type, String format, String family, String scope, List<String> locales) {
    }

    public ExportPage page(Shell shell, List<String> errors) {
        CatalogStructure catalog = structure.forRead();
        String labels = ContextChoice.labelLocale(shell);
        List<ExportPage.Choice> families = catalog.families().values().stream()
                .map(f -> new ExportPage.Choice(f.code(), label(f.labels(), labels, f.code())))
                .sorted(Comparator.comparing(ExportPage.Choice::label)).toList();
        List<ExportPage.Choice> channels = catalog.channels().values().stream()
                .map(c -> new ExportPage.Choice(c.code(), ContextChoice.label(c, labels)))
                .sorted(Comparator.comparing(ExportPage.Choice::label)).toList();
        List<ExportPage.Choice> locales = catalog.activeLocales().stream().sorted()
                .map(l -> new ExportPage.Choice(l, ContextChoice.localeName(l, shell.locale()))).toList();
        List<JobPanel> recent = exports.list(1, 20).stream().map(j -> JobPanel.of(j, Texts.of(shell))).toList();
        return new ExportPage(families, channels, locales, recent, errors);
    }

    public UUID start(Request request, Author author) {
        ObjectNode body = json.createObjectNode();
        body.put("type", request.type()).put("format", request.format());
        if (request.family() != null && !request.family().isBlank()) {
            ObjectNode search = json.createObjectNode();
            search.putArray("family").addObject().put("operator", "IN").putArray("value").add(request.family());
            body.set("search", search);
        }
        if (request.scope() != null && !request.scope().isBlank()) {
            body.put("scope", request.scope());
        }
        if (request.locales() != null && !request.locales().isEmpty()) {
            request.locales().forEach(body.putArray("locales")::add);
        }
        return exports.submit(ExportOptions.parse(body), author);
    }

    public JobPanel job(UUID id, Shell shell) {
        return JobPanel.of(exports.view(id), Texts.of(shell));
    }

    public Path file(UUID id) {
        return exports.file(id);
    }

    private static String label(java.util.Map<String, String> labels, String locale, String code) {
        String label = labels == null ? null : labels.get(locale);
        return label == null || label.isBlank() ? code : label;
    }
}
