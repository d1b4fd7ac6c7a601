package io.omnipim.catalog.structure.core;

import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.web.HalPage;

/** Pages of a list already in memory (filtered structure lists). */
public final class InMemoryPages {

    private InMemoryPages() {
    }

    public static <T> HalPage<T> page(List<T> all, int page, int limit, boolean withCount, UriInfo uri) {
        if (limit < 1 || limit > 100) {
            throw PimException.unprocessable("The value of the \"limit\" parameter must be between 1 and 100.",
                    List.of());
        }
        if (page < 1) {
            throw PimException.unprocessable("The value of the \"page\" parameter must be positive.", List.of());
        }
        int from = Math.min(all.size(), (page - 1) * limit);
        int to = Math.min(all.size(), from + limit);
        return HalPage.paged(uri.getAbsolutePath().toString(), page, limit, all.subList(from, to), to < all.size(),
                withCount ? (long) all.size() : null);
    }
}
