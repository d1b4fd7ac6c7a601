package io.omnipim.catalog.structure.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Small normalisations shared by the kinds: no null collections, erased (null) entries dropped. */
public final class Maps {

    private Maps() {
    }

    public static <V> Map<String, V> clean(Map<String, V> map) {
        Map<String, V> out = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    public static <T> List<T> list(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list.stream().filter(Objects::nonNull).toList());
    }

    public static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
