package io.omnipim.bulk.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Cleans and checks a header row: trimmed names, no empty name, no name twice. */
final class HeaderCheck {

    /** Where the header is, to build errors that point at it. */
    interface Place {

        /** An error at the header row, at one column when column is not null. */
        TableFileException at(Integer column, String columnName, String problem);
    }

    private HeaderCheck() {
    }

    /**
     * @param cells the header cells as read
     * @param label how the user sees a 1-based column number (5 in a CSV, E in a sheet)
     */
    static List<String> check(List<String> cells, Place place, IntFunction<String> label) {
        List<String> names = new ArrayList<>(cells.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            String name = (i == 0 && cell.startsWith("\uFEFF") ? cell.substring(1) : cell).strip();
            int column = i + 1;
            if (name.isEmpty()) {
                throw place.at(column, null, "this column has no name in the header; name it or delete the column");
            }
            Integer first = seen.putIfAbsent(name, column);
            if (first != null) {
                throw place.at(null, null, "column " + label.apply(column) + " \"" + name + "\" appears twice (columns "
                        + label.apply(first) + " and " + label.apply(column) + "); remove or rename one of them");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }
}
