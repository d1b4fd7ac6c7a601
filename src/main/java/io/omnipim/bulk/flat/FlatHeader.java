package io.omnipim.bulk.flat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.omnipim.catalog.structure.CatalogStructure;

/** The header line of a flat file, read against the catalog: what each column targets, in file order. */
public record FlatHeader(FlatType type, List<FlatColumn> columns) {

    public FlatHeader {
        columns = List.copyOf(columns);
    }

    /**
     * Reads {@code header}; every problem (unknown column, locale, channel or currency, a locale on an attribute
     * that has none, a missing required column, a duplicate…) is collected and thrown at once.
     *
     * @throws FlatHeaderException when any column cannot be read
     */
    public static FlatHeader parse(FlatType type, List<String> header, CatalogStructure catalog) {
        List<HeaderProblem> problems = new ArrayList<>();
        List<FlatColumn> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        ProductHeaderParser products = type.hasValues() ? new ProductHeaderParser(type, catalog) : null;
        StructureHeaderParser structure = type.hasValues() ? null : new StructureHeaderParser(type, catalog);
        for (int i = 0; i < header.size(); i++) {
            String name = clean(header.get(i), i);
            names.add(name);
            Integer first = seen.putIfAbsent(name, i + 1);
            if (name.isEmpty()) {
                problems.add(new HeaderProblem(i + 1, name, "the column has no name: name it or delete it"));
            } else if (first != null) {
                problems.add(new HeaderProblem(i + 1, name, "the column appears twice (also column " + first + ")"));
            } else {
                FlatColumn column = products != null
                        ? products.column(i, name, problems)
                        : structure.column(i, name, problems);
                if (column != null) {
                    columns.add(column);
                }
            }
        }
        if (products != null) {
            products.checkWhole(names, columns, problems);
        } else {
            structure.checkWhole(names, problems);
        }
        if (!problems.isEmpty()) {
            // In column order, as the user reads the file; missing columns last.
            problems.sort(Comparator.comparingInt(p -> p.column() == 0 ? Integer.MAX_VALUE : p.column()));
            throw new FlatHeaderException(type, problems);
        }
        return new FlatHeader(type, columns);
    }

    /** Spreadsheets add a byte order mark to the first cell and stray spaces around names. */
    private static String clean(String cell, int index) {
        String name = cell == null ? "" : cell;
        if (index == 0 && name.startsWith("\uFEFF")) {
            name = name.substring(1);
        }
        return name.strip();
    }

    public int size() {
        return columns.size();
    }

    public FlatColumn column(int index) {
        return columns.get(index);
    }

    public Optional<FlatColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The image and file columns: their cells are paths (or media codes) that the import stores as media. */
    public List<FlatColumn.Value> mediaColumns() {
        return columns.stream().filter(c -> c instanceof FlatColumn.Value v && v.media())
                .map(FlatColumn.Value.class::cast).toList();
    }

    public List<String> names() {
        return columns.stream().map(FlatColumn::name).toList();
    }
}
