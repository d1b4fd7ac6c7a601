package io.omnipim.bench;

import java.util.Locale;

/** One line of the benchmark table. */
record Row(String name, Stats stats, String unit, String notes) {

    /** A benchmark that could not be measured still gets its line, so the table shows what is missing. */
    static Row failed(String name, Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        // keep the table on one line per row: the full message is printed to stderr by the runner
        String firstLine = message.lines().findFirst().orElse("").replace('|', '/');
        return new Row(name, null, "", "FAILED: " + firstLine);
    }

    boolean failed() {
        return stats == null && notes.startsWith("FAILED");
    }

    String markdown() {
        if (stats == null) {
            return "| " + name + " | 0 | – | – | – | " + unit + " | " + notes + " |";
        }
        return "| " + name + " | " + stats.count() + " | " + number(stats.median()) + " | " + number(stats.p95())
                + " | " + number(stats.max()) + " | " + unit + " | " + notes + " |";
    }

    /** Three significant digits or so, whatever the unit: 0.84, 12.3, 85210. */
    static String number(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 1000 ? "%.0f" : magnitude >= 100 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
