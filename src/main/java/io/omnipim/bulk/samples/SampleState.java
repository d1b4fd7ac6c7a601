package io.omnipim.bulk.samples;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Whether the samples are due: only on a catalog without products that never loaded them. */
@ApplicationScoped
public class SampleState {

    private final EntityManager em;

    public SampleState(EntityManager em) {
        this.em = em;
    }

    /** True once: the first caller on an empty catalog takes the load (an advisory lock keeps nodes apart). */
    @Transactional
    public boolean firstLoad() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(4242011)").getSingleResult();
        Number products = (Number) em.createNativeQuery("SELECT count(*) FROM product").getSingleResult();
        Number loads = (Number) em.createNativeQuery("SELECT count(*) FROM job WHERE type = 'import'"
                + " AND created_by = 'system'").getSingleResult();
        return products.longValue() == 0 && loads.longValue() == 0;
    }
}
