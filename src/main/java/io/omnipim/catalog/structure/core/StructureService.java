package io.omnipim.catalog.structure.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.json.JsonBinding;
import io.omnipim.platform.json.JsonMerge;
import io.omnipim.platform.outbox.Outbox;

/**
 * Reads and writes structure objects of any kind: merges a PATCH into the stored JSON, binds it to the kind's
 * record, validates it against the rest of the catalog, stores it, and records an event and a new revision in the
 * same transaction. A write that changes nothing stores nothing.
 */
@ApplicationScoped
public class StructureService {

    private final StructureRepository repository;
    private final StructureCache cache;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final StructureUsage usage;

    public StructureService(StructureRepository repository, StructureCache cache, Outbox outbox, ObjectMapper json,
            StructureUsage usage) {
        this.repository = repository;
        this.cache = cache;
        this.outbox = outbox;
        this.json = json;
        this.usage = usage;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> T get(StructureKind<T> kind, String code) {
        return repository.find(kind.name(), code).map(o -> kind.present(json.convertValue(o.data(), kind.type()),
                cache.current()))
                .orElseThrow(() -> PimException.notFound(kind.label() + " \"" + code + "\" does not exist."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> Optional<T> find(StructureKind<T> kind, String code) {
        return repository.find(kind.name(), code).map(o -> json.convertValue(o.data(), kind.type()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> List<T> page(StructureKind<T> kind, int page, int limit) {
        CatalogStructure catalog = cache.current();
        return repository.page(kind.name(), (page - 1) * limit, limit).stream()
                .map(o -> kind.present(json.convertValue(o.data(), kind.type()), catalog)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(StructureKind<?> kind) {
        return repository.count(kind.name());
    }

    /** POST: creates, or 422 when the code is taken; an existing object is never changed. */
    @Transactional
    public <T> T create(StructureKind<T> kind, ObjectNode body) {
        JsonNode code = body.get("code");
        if (code != null && code.isTextual() && repository.find(kind.name(), code.asText()).isPresent()) {
            throw taken(kind, code.asText());
        }
        return save(kind, code == null || !code.isTextual() ? null : code.asText(), body, Optional.empty(), true)
                .value();
    }

    /** Akeneo's words for a taken code, naming the object and saying what to do. */
    private static PimException taken(StructureKind<?> kind, String code) {
        return PimException.unprocessable("Validation failed.", List.of(FieldError.of("code", "This value is"
                + " already used: " + kind.label().toLowerCase(java.util.Locale.ROOT) + " \"" + code
                + "\" exists already. Change it with PATCH, or choose another code.")));
    }

    /** PATCH: creates or merges; tells which it did. */
    @Transactional
    public <T> Upserted<T> upsert(StructureKind<T> kind, String code, ObjectNode patch) {
        JsonNode bodyCode = patch.get("code");
        if (bodyCode != null && !bodyCode.isNull() && !code.equalsIgnoreCase(bodyCode.asText())) {
            throw PimException.unprocessable("The code \"" + bodyCode.asText()
                    + "\" provided in the request body must match the code \"" + code + "\" provided in the url.",
                    List.of());
        }
        Optional<StoredObject> stored = repository.findForUpdate(kind.name(), code);
        // named in another case, an existing object keeps its own code
        return save(kind, stored.map(StoredObject::code).orElse(code), patch, stored, false);
    }

    private <T> Upserted<T> save(StructureKind<T> kind, String code, ObjectNode patch, Optional<StoredObject> stored,
            boolean createOnly) {
        ObjectNode base = stored.map(StoredObject::data).orElseGet(json::createObjectNode);
        ObjectNode merged = JsonMerge.merge(base, patch);
        if (code != null) {
            merged.put("code", code);
        }
        CatalogStructure catalog = cache.current();
        T value = kind.normalize(JsonBinding.bind(json, merged, kind.type()), catalog);
        T previous = stored.map(o -> kind.normalize(json.convertValue(o.data(), kind.type()), catalog)).orElse(null);
        List<FieldError> errors = kind.validate(value, previous, catalog);
        if (!errors.isEmpty()) {
            throw PimException.unprocessable("Validation failed.", errors);
        }
        if (previous != null && Objects.equals(json.valueToTree(previous), json.valueToTree(value))) {
            return new Upserted<>(value, false, false);
        }
        String savedCode = kind.codeOf(value);
        // a POST inserts only: a concurrent create that committed the same code first is refused, not overwritten
        long version = createOnly
                ? repository.insert(kind.name(), savedCode, value, kind.parentOf(value))
                : repository.save(kind.name(), savedCode, value, kind.parentOf(value));
        if (version == 0) {
            throw taken(kind, savedCode);
        }
        changed(kind, savedCode, version, previous == null ? "created" : "updated");
        return new Upserted<>(value, previous == null, true);
    }

    @Transactional
    public <T> void delete(StructureKind<T> kind, String code) {
        StoredObject stored = repository.findForUpdate(kind.name(), code)
                .orElseThrow(() -> PimException.notFound(kind.label() + " \"" + code + "\" does not exist."));
        T value = json.convertValue(stored.data(), kind.type());
        String blocker = kind.deletionBlocker(value, cache.current(), usage);
        if (blocker != null) {
            throw PimException.unprocessable(blocker, List.of());
        }
        repository.delete(kind.name(), stored.code());
        changed(kind, stored.code(), 0, "deleted");
    }

    /** Records the event and a new revision: every node's cache reloads on its next read. */
    public void changed(StructureKind<?> kind, String code, long version, String action) {
        outbox.record("structure", kind.name() + ":" + code, version,
                Map.of("kind", kind.name(), "code", code, "action", action));
        repository.bumpRevision();
        cache.invalidate();
    }

    /** The outcome of a PATCH. */
    public record Upserted<T>(T value, boolean created, boolean changed) {
    }
}
