package io.omnipim.catalog.product.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of SQL with its parameters, composed so that the parameters always follow the placeholders: user values
 * only ever travel as parameters.
 */
record Fragment(String sql, List<Object> params) {

    private static final String VALUE = "{v}";

    Fragment {
        params = List.copyOf(params);
        long placeholders = sql.chars().filter(c -> c == '?').count();
        // every '?' is a placeholder in this package (no jsonb ? operators), so a mismatch is a bug here
        if (placeholders != params.size()) {
            throw new IllegalStateException(placeholders + " placeholders but " + params.size() + " params: " + sql);
        }
    }

    static Fragment of(String sql, Object... params) {
        return new Fragment(sql, Arrays.asList(checked(params)));
    }

    /** The template with each {@code {v}} replaced by {@code value} and each {@code ?} bound to the next param. */
    static Fragment expand(String template, Fragment value, Object... params) {
        StringBuilder sql = new StringBuilder();
        List<Object> out = new ArrayList<>();
        checked(params);
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            if (template.startsWith(VALUE, i)) {
                sql.append(value.sql);
                out.addAll(value.params);
                i += VALUE.length() - 1;
            } else {
                char c = template.charAt(i);
                if (c == '?') {
                    out.add(params[next++]);
                }
                sql.append(c);
            }
        }
        return new Fragment(sql.toString(), out);
    }

    /**
     * A lone String[] given as varargs would be spread into one parameter per element instead of one text array;
     * callers pass {@code (Object) array}, and this catches the day one forgets.
     */
    private static Object[] checked(Object[] params) {
        if (params.getClass() != Object[].class) {
            throw new IllegalArgumentException("pass an array parameter as (Object) array");
        }
        return params;
    }

    static Fragment and(List<Fragment> parts) {
        return join(parts, " AND ");
    }

    static Fragment and(Fragment... parts) {
        return and(List.of(parts));
    }

    static Fragment or(Fragment... parts) {
        return join(List.of(parts), " OR ");
    }

    Fragment not() {
        return new Fragment("NOT (" + sql + ")", params);
    }

    private static Fragment join(List<Fragment> parts, String operator) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        StringBuilder sql = new StringBuilder("(");
        List<Object> params = new ArrayList<>();
        for (Fragment part : parts) {
            if (sql.length() > 1) {
                sql.append(operator);
            }
            sql.append(part.sql);
            params.addAll(part.params);
        }
        return new Fragment(sql.append(')').toString(), params);
    }
}
