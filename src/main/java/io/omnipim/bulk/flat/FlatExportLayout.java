package io.omnipim.bulk.flat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.text.DidYouMean;

/**
 * The flat layout of a products or product models export: its columns, computed from the catalog structure, and
 * each product in standard format (as GET /products returns it) as one row of cells. Without labels, the file
 * imports back to the same values.
 */
public final class FlatExportLayout {

    private final List<FlatColumn> columns;
    private final ExportCells cells;
    private final ExportLabels labels;
    private final RowValues values;

    private FlatExportLayout(List<FlatColumn> columns, ExportCells cells, ExportLabels labels) {
        this.columns = columns;
        this.cells = cells;
        this.labels = labels;
        this.values = new RowValues(columns);
    }

    public static FlatExportLayout of(CatalogStructure catalog, FlatType type, ExportSelection selection) {
        return of(catalog, type, selection, FlatOptions.defaults());
    }

    /**
     * @throws PimException 422 when the selection names a channel, locale or attribute the catalog does not have
     */
    public static FlatExportLayout of(CatalogStructure catalog, FlatType type, ExportSelection selection,
            FlatOptions options) {
        if (!type.hasValues()) {
            throw new IllegalArgumentException("Only products and product models have an export layout, not "
                    + type.apiName() + ".");
        }
        check(catalog, selection);
        ExportLabels labels = selection.withLabels() ? new ExportLabels(catalog, selection.labelLocale()) : null;
        return new FlatExportLayout(ExportColumns.of(catalog, type, selection),
                new ExportCells(new CellFormats(options), labels), labels);
    }

    private static void check(CatalogStructure catalog, ExportSelection selection) {
        List<FieldError> errors = new ArrayList<>();
        Channel channel = selection.scope() == null ? null : catalog.channels().get(selection.scope());
        if (selection.scope() != null && channel == null) {
            errors.add(FieldError.of("scope", sentence("The channel \"" + selection.scope() + "\" does not exist"
                    + DidYouMean.hint(selection.scope(), catalog.channels().keySet()))));
        }
        for (String locale : selection.locales() == null ? List.<String>of() : selection.locales()) {
            if (!catalog.enabledLocales().contains(locale)) {
                errors.add(FieldError.of("locales", sentence("The locale \"" + locale + "\" is not activated"
                        + DidYouMean.hint(locale, catalog.enabledLocales()))));
            } else if (channel != null && !channel.locales().contains(locale)) {
                errors.add(FieldError.of("locales", "The channel \"" + channel.code() + "\" does not have the locale \""
                        + locale + "\"."));
            }
        }
        for (String attribute : selection.attributes() == null ? List.<String>of() : selection.attributes()) {
            if (!catalog.attributes().containsKey(attribute)) {
                errors.add(FieldError.of("attributes", sentence("The attribute \"" + attribute + "\" does not exist"
                        + DidYouMean.hint(attribute, catalog.attributes().keySet()))));
            }
        }
        if (!errors.isEmpty()) {
            throw PimException.unprocessable("The export selection does not match the catalog.", errors);
        }
    }

    private static String sentence(String text) {
        return text.endsWith("?") ? text : text + ".";
    }

    public List<FlatColumn> columns() {
        return columns;
    }

    /** Column names ({@code name-fr_FR}), or labels ({@code Name (fr_FR)}) for a labelled export. */
    public List<String> header() {
        return columns.stream().map(c -> labels == null ? c.name() : labels.header(c)).toList();
    }

    /** The cells of one product or product model, in column order; an absent value is an empty cell. */
    public List<String> row(JsonNode standard) {
        JsonNode[] data = values.of(standard);
        List<String> row = new ArrayList<>(columns.size());
        for (FlatColumn c : columns) {
            row.add(c instanceof FlatColumn.Value v ? cells.data(v, data[v.index()]) : cells.cell(c, standard));
        }
        return row;
    }
}
