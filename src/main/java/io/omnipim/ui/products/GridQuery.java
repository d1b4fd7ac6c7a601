package io.omnipim.ui.products;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the product grid was asked for, as the URL carries it (so a search can be bookmarked, shared and restored
 * by the back button): the text, the context, the facet selections, the sort and the page cursors.
 *
 * @param after the search_after cursor of this page (null for the first)
 * @param back the cursors of the pages before, oldest first, so "previous" works on a cursor-paged search; only
 *        the last {@value #KEPT} are kept (a URL must stay short on page 500), led by {@code ~n} when n were dropped
 */
public record GridQuery(String q, String channel, String locale, List<String> families, List<String> categories,
        List<String> enabled, List<String> completeness, List<String> types, String sort, String after,
        List<String> back) {

    static final Set<String> SORTABLE = Set.of("identifier", "label", "family", "completeness");
    static final String PATH = "/ui/products";
    static final int KEPT = 10;
    private static final String DROPPED = "~";

    public GridQuery {
        q = q == null ? "" : q.trim();
        families = clean(families);
        categories = clean(categories);
        enabled = clean(enabled);
        completeness = clean(completeness);
        types = clean(types);
        sort = validSort(sort);
        after = after == null || after.isBlank() ? null : after;
        back = back == null ? List.of() : back.stream().filter(b -> b != null && !b.isBlank()).toList();
    }

    /** The text search, the completeness filter or the type filter look at every level, variants included. */
    public boolean everyLevel() {
        return !q.isEmpty() || completeness.size() == 1 || !types.isEmpty();
    }

    public boolean hasFilters() {
        return !families.isEmpty() || !categories.isEmpty() || !enabled.isEmpty() || !completeness.isEmpty()
                || !types.isEmpty();
    }

    public int pageNumber() {
        return after == null ? 1 : dropped() + cursors().size() + 2;
    }

    /** How many older cursors were dropped from {@code back}. */
    private int dropped() {
        if (back.isEmpty() || !back.get(0).startsWith(DROPPED)) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(back.get(0).substring(DROPPED.length())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private List<String> cursors() {
        return back.isEmpty() || !back.get(0).startsWith(DROPPED) ? back : back.subList(1, back.size());
    }

    public String sortField() {
        return sort == null ? null : sort.substring(0, sort.indexOf(':'));
    }

    public boolean descending() {
        return sort != null && sort.endsWith(":desc");
    }

    /** The same search sorted on {@code field}: ascending first, descending when it was already ascending. */
    public String sortUrl(String field) {
        String next = field + (field.equals(sortField()) && !descending() ? ":desc" : ":asc");
        return url(next, null, List.of());
    }

    public String nextUrl(String cursor) {
        List<String> stack = new ArrayList<>(cursors());
        if (after != null) {
            stack.add(after);
        }
        int dropped = dropped();
        while (stack.size() > KEPT) {
            stack.remove(0);
            dropped++;
        }
        return url(sort, cursor, withDropped(dropped, stack));
    }

    /** The page before; from the oldest page still known, the first page. */
    public String previousUrl() {
        if (after == null) {
            return null;
        }
        List<String> stack = cursors();
        if (stack.isEmpty()) {
            return url(sort, null, List.of());
        }
        return url(sort, stack.get(stack.size() - 1), withDropped(dropped(), stack.subList(0, stack.size() - 1)));
    }

    private static List<String> withDropped(int dropped, List<String> stack) {
        if (dropped == 0) {
            return stack;
        }
        List<String> out = new ArrayList<>();
        out.add(DROPPED + dropped);
        out.addAll(stack);
        return out;
    }

    public String clearUrl() {
        return new GridQuery(q, channel, locale, null, null, null, null, null, sort, null, null).url(sort, null,
                List.of());
    }

    /** This search as a URL, with another sort and page. */
    String url(String sortValue, String cursor, List<String> stack) {
        StringBuilder out = new StringBuilder(PATH).append('?');
        add(out, "q", q);
        add(out, "channel", channel);
        add(out, "locale", locale);
        families.forEach(v -> add(out, "family", v));
        categories.forEach(v -> add(out, "categories", v));
        enabled.forEach(v -> add(out, "enabled", v));
        completeness.forEach(v -> add(out, "completeness", v));
        types.forEach(v -> add(out, "type", v));
        add(out, "sort", sortValue);
        add(out, "after", cursor);
        if (!stack.isEmpty()) {
            add(out, "back", String.join(",", stack));
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void add(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    private static String validSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        String[] parts = sort.split(":");
        String field = parts[0];
        String direction = parts.length > 1 && parts[1].equals("desc") ? "desc" : "asc";
        return SORTABLE.contains(field) ? field + ":" + direction : null;
    }

    static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }
}
