package io.omnipim.bulk.edit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.job.JobService;
import io.omnipim.platform.job.JobView;
import io.omnipim.platform.security.Author;

/** Starts bulk edits (checked first, so a mistake is answered before anything is queued) and shows them. */
@ApplicationScoped
public class BulkEditService {

    private final JobService jobs;
    private final StructureCache cache;
    private final SelectionResolver resolver;

    public BulkEditService(JobService jobs, StructureCache cache, SelectionResolver resolver) {
        this.jobs = jobs;
        this.cache = cache;
        this.resolver = resolver;
    }

    public UUID submit(BulkEditOptions options, Author author) {
        ActionCheck.check(options.action(), cache.current());
        long count = options.selection().bySearch()
                ? resolver.count(options.selection().search()) // 422 on a wrong filter
                : options.selection().identifiers().size();
        return jobs.submit(BulkEditHandler.TYPE, label(options, count), options.toJson(), author);
    }

    public JobView view(UUID id) {
        return jobs.view(id, BulkEditHandler.TYPE);
    }

    public List<JobView> list(int page, int limit) {
        return jobs.list(List.of(BulkEditHandler.TYPE), page, limit);
    }

    public long count() {
        return jobs.count(List.of(BulkEditHandler.TYPE));
    }

    public JobView cancel(UUID id) {
        return jobs.cancel(id, BulkEditHandler.TYPE);
    }

    public JobView resume(UUID id) {
        return jobs.resume(id, BulkEditHandler.TYPE);
    }

    /** "add_categories: summer_sale (20 products)": what the job list shows. */
    private static String label(BulkEditOptions options, long count) {
        BulkEditAction a = options.action();
        String what = switch (a.type()) {
            case SET_VALUE -> a.attribute();
            case ADD_CATEGORIES, REMOVE_CATEGORIES -> String.join(", ", a.categories());
            case CHANGE_FAMILY -> a.family();
            default -> "";
        };
        return a.type().code() + (what.isEmpty() ? "" : ": " + what) + " (" + count + " product"
                + (count == 1 ? "" : "s") + (options.selection().bySearch() ? " found" : "") + ")";
    }
}
