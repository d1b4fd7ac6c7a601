package io.omnipim.catalog.structure;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeGroup;
import io.omnipim.catalog.structure.category.Category;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.core.StructureRepository;
import io.omnipim.catalog.structure.currency.Currency;
import io.omnipim.catalog.structure.locale.Locale;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;
import io.quarkus.runtime.StartupEvent;

/**
 * Akeneo's minimal catalog on a new database, so clients written for Akeneo find what they expect: identifier
 * attribute {@code sku}, attribute group {@code other}, category tree {@code master}, channel {@code ecommerce}
 * (en_US, USD), EUR/USD/GBP activated, every ISO locale and currency, the standard measurement families.
 */
@ApplicationScoped
public class FreshInstall {

    private static final Logger LOG = Logger.getLogger(FreshInstall.class);
    private static final Set<String> ACTIVE_CURRENCIES = Set.of("EUR", "USD", "GBP");

    private final StructureRepository repository;
    private final EntityManager em;
    private final ObjectMapper json;

    public FreshInstall(StructureRepository repository, EntityManager em, ObjectMapper json) {
        this.repository = repository;
        this.em = em;
        this.json = json;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        install();
    }

    @Transactional
    public void install() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(4242002)").getSingleResult();
        if (repository.count("locale") > 0) {
            return;
        }
        for (String code : read("catalog/locales.json", new TypeReference<List<String>>() {
        })) {
            repository.save("locale", code, new Locale(code, false), null);
        }
        for (String code : read("catalog/currencies.json", new TypeReference<List<String>>() {
        })) {
            repository.save("currency", code, new Currency(code, ACTIVE_CURRENCIES.contains(code), null), null);
        }
        for (MeasurementFamily family : read("catalog/measurement-families.json",
                new TypeReference<List<MeasurementFamily>>() {
                })) {
            repository.save("measurement_family", family.code(), family, null);
        }
        minimalCatalog();
        repository.bumpRevision();
        LOG.info("fresh install: Akeneo's minimal catalog created (sku, other, master, ecommerce)");
    }

    private void minimalCatalog() {
        repository.save("attribute_group", "other", new AttributeGroup("other", 100, List.of(),
                Map.of("en_US", "Other", "fr_FR", "Autre", "de_DE", "Andere")), null);
        repository.save("attribute", "sku", new Attribute("sku", "pim_catalog_identifier", "other", true, true,
                List.of(), null, null, null, List.of(), 255, null, null, null, null, null, null, null, null, null, null,
                null, 0, false, false, Map.of("en_US", "SKU", "fr_FR", "SKU", "de_DE", "SKU"), Map.of(), null, null,
                null), null);
        repository.save("category", "master", new Category("master", null, null, null,
                Map.of("en_US", "Master catalog", "fr_FR", "Catalogue principal", "de_DE", "Hauptkatalog")), null);
        repository.save("channel", "ecommerce", new Channel("ecommerce",
                Map.of("en_US", "Ecommerce", "fr_FR", "E-commerce", "de_DE", "E-Commerce"), List.of("USD"),
                List.of("en_US"), "master", Map.of()), null);
    }

    private <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
