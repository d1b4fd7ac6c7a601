package io.omnipim.catalog.structure.attribute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.Codes;
import io.omnipim.catalog.structure.core.Maps;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.core.StructureRepository;
import io.omnipim.catalog.structure.core.StructureUsage;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.json.JsonBinding;
import io.omnipim.platform.json.JsonMerge;
import io.omnipim.platform.outbox.Outbox;

/** Options of simple and multi select attributes, in their own table (a catalog may have many). */
@ApplicationScoped
public class AttributeOptionService {

    private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final StructureCache cache;
    private final StructureRepository repository;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final StructureUsage usage;

    public AttributeOptionService(AgroalDataSource dataSource, StructureCache cache, StructureRepository repository,
            Outbox outbox, ObjectMapper json, StructureUsage usage) {
        this.usage = usage;
        this.dataSource = dataSource;
        this.cache = cache;
        this.repository = repository;
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttributeOption> page(String attribute, int page, int limit) {
        selectAttribute(attribute, cache.current());
        return query("SELECT code, attribute, sort_order, labels::text FROM attribute_option WHERE attribute = ?"
                + " ORDER BY sort_order, code OFFSET " + (long) (page - 1) * limit + " LIMIT " + limit, attribute,
                null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttributeOption get(String attribute, String code) {
        selectAttribute(attribute, cache.current());
        return find(attribute, code).orElseThrow(() -> PimException.notFound("Attribute option \"" + code
                + "\" does not exist for attribute \"" + attribute + "\"."));
    }

    private Optional<AttributeOption> find(String attribute, String code) {
        return query("SELECT code, attribute, sort_order, labels::text FROM attribute_option"
                + " WHERE attribute = ? AND code = ?", attribute, code).stream().findFirst();
    }

    /** Creates or merges one option; returns whether it was created. */
    @Transactional
    public boolean upsert(String attribute, String code, ObjectNode patch, boolean mustBeNew) {
        return merge(attribute, code, patch, mustBeNew).created();
    }

    /** What a merge did: created, changed (an update), or neither. */
    public record Merged(boolean created, boolean changed) {
    }

    /** Creates or merges one option and tells whether it was created, updated or left as it was. */
    @Transactional
    public Merged merge(String attribute, String code, ObjectNode patch, boolean mustBeNew) {
        CatalogStructure catalog = cache.current();
        selectAttribute(attribute, catalog);
        Optional<AttributeOption> previous = find(attribute, code);
        if (mustBeNew && previous.isPresent()) {
            throw taken(attribute, code);
        }
        checkBody(patch, attribute, code);
        ObjectNode base = previous.map(o -> (ObjectNode) json.valueToTree(o)).orElseGet(json::createObjectNode);
        ObjectNode merged = JsonMerge.merge(base, patch);
        merged.put("code", code);
        merged.put("attribute", attribute);
        AttributeOption bound = JsonBinding.bind(json, merged, AttributeOption.class);
        AttributeOption option = new AttributeOption(code, attribute,
                bound.sortOrder() == null ? 0 : bound.sortOrder(), Maps.clean(bound.labels()));
        List<FieldError> errors = Codes.errors();
        Codes.check(code, errors);
        Codes.checkLabels(option.labels(), catalog.locales(), errors);
        if (!errors.isEmpty()) {
            throw PimException.unprocessable("Validation failed.", errors);
        }
        if (previous.isPresent() && Objects.equals(previous.get(), option)) {
            return new Merged(false, false);
        }
        if (!save(option, mustBeNew)) {
            throw taken(attribute, code); // a concurrent create committed it first: never overwritten
        }
        outbox.record("structure", "attribute_option:" + attribute + "." + code, 0,
                Map.of("kind", "attribute_option", "attribute", attribute, "code", code));
        repository.bumpRevision();
        cache.invalidate();
        return new Merged(previous.isEmpty(), true);
    }

    /**
     * Deletes one option (the admin UI allows it, the REST API does not), only when no product or product model
     * names it any more: a value pointing at a missing option would fail the product's next save and every
     * channel's mapping.
     */
    @Transactional
    public void delete(String attribute, String code) {
        get(attribute, code);
        long using = usage.valuesWithOption(attribute, code);
        if (using > 0) {
            throw PimException.unprocessable("Option \"" + code + "\" of attribute \"" + attribute + "\" cannot be "
                    + "deleted: " + using + " products or product models use it. Choose another option for them "
                    + "first.", List.of());
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c
                        .prepareStatement("DELETE FROM attribute_option WHERE attribute = ? AND code = ?")) {
            ps.setString(1, attribute);
            ps.setString(2, code);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        outbox.record("structure", "attribute_option:" + attribute + "." + code, 0,
                Map.of("kind", "attribute_option", "attribute", attribute, "code", code, "action", "deleted"));
        repository.bumpRevision();
        cache.invalidate();
    }

    private static void checkBody(ObjectNode patch, String attribute, String code) {
        String bodyCode = patch.path("code").asText(null);
        if (bodyCode != null && !bodyCode.equals(code)) {
            throw PimException.unprocessable("The code \"" + bodyCode + "\" provided in the request body must match"
                    + " the code \"" + code + "\" provided in the url.", List.of());
        }
        String bodyAttribute = patch.path("attribute").asText(null);
        if (bodyAttribute != null && !bodyAttribute.equals(attribute)) {
            throw PimException.unprocessable("The attribute \"" + bodyAttribute + "\" provided in the request body"
                    + " must match the attribute \"" + attribute + "\" provided in the url.", List.of());
        }
    }

    private static PimException taken(String attribute, String code) {
        return PimException.unprocessable("Validation failed.", List.of(FieldError.of("code", "This value is already"
                + " used: option \"" + code + "\" of attribute \"" + attribute + "\" exists already. Change it with"
                + " PATCH, or choose another code.")));
    }

    /** Inserts or replaces; with {@code insertOnly} an existing option is left alone and false returned. */
    private boolean save(AttributeOption option, boolean insertOnly) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO attribute_option (attribute, code,"
                        + " sort_order, labels) VALUES (?, ?, ?, ?::jsonb) ON CONFLICT (attribute, code) DO "
                        + (insertOnly
                                ? "NOTHING"
                                : "UPDATE SET sort_order = excluded.sort_order,"
                                        + " labels = excluded.labels"))) {
            ps.setString(1, option.attribute());
            ps.setString(2, option.code());
            ps.setInt(3, option.sortOrder());
            ps.setString(4, json.writeValueAsString(option.labels()));
            return ps.executeUpdate() > 0;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Attribute selectAttribute(String code, CatalogStructure catalog) {
        Attribute a = catalog.attribute(code)
                .orElseThrow(() -> PimException.notFound("Attribute \"" + code + "\" does not exist."));
        if (!a.attributeType().isSelect()) {
            throw PimException.notFound("Attribute \"" + code + "\" does not support options. Only attributes of"
                    + " type \"pim_catalog_simpleselect\", \"pim_catalog_multiselect\" support options.");
        }
        return a;
    }

    private List<AttributeOption> query(String sql, String attribute, String code) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, attribute);
            if (code != null) {
                ps.setString(2, code);
            }
            List<AttributeOption> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AttributeOption(rs.getString(1), rs.getString(2), rs.getInt(3),
                            json.readValue(rs.getString(4), LABELS)));
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
