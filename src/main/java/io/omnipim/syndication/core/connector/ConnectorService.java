package io.omnipim.syndication.core.connector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.syndication.core.definition.DefinitionException;

/**
 * Connector definitions: listed with their problems against the catalog as it is now, written through the API
 * (refused when anything is wrong), deleted, and read by runs. {@link ConnectorReload} loads the folder.
 */
@ApplicationScoped
public class ConnectorService {

    private final ConnectorRepository repository;
    private final ConnectorDefinitions definitions;

    public ConnectorService(ConnectorRepository repository, ConnectorDefinitions definitions) {
        this.repository = repository;
        this.definitions = definitions;
    }

    /** The outcome of a PUT. */
    public record Saved(ConnectorView view, boolean created) {
    }

    public List<ConnectorView> list() {
        return repository.all().stream().map(this::view).toList();
    }

    public ConnectorView get(String code) {
        return view(stored(code));
    }

    /** The definition as its author wrote it (YAML with comments, or JSON). */
    public String source(String code) {
        return stored(code).source();
    }

    /** For runs and previews: the checked definition; 422 naming every problem when it cannot run now. */
    public ConnectorDefinitions.Checked usable(String code) {
        StoredConnector stored = stored(code);
        ConnectorDefinitions.Checked checked = checked(stored);
        if (!checked.usable()) {
            throw unprocessable("Connector \"" + code + "\" cannot run until its definition is fixed.",
                    checked.problems());
        }
        return checked;
    }

    /** Creates or replaces a connector from YAML or JSON; refused with line and field when anything is wrong. */
    @Transactional
    public Saved put(String code, String body, String author) {
        if (body == null || body.isBlank()) {
            throw PimException.badRequest("Send the connector definition as YAML or JSON in the request body.");
        }
        ConnectorDefinitions.Checked checked = check(body, "request body");
        if (!code.equals(checked.definition().code())) {
            throw PimException.unprocessable("The code \"" + checked.definition().code() + "\" of the definition must"
                    + " match the code \"" + code + "\" of the URL.",
                    List.of(FieldError.of("code",
                            "must be \"" + code + "\"")));
        }
        if (!checked.usable()) {
            throw unprocessable("The connector definition is not valid.", checked.problems());
        }
        repository.lock();
        Optional<StoredConnector> previous = repository.find(code);
        repository.save(code, checked.definition().type(), checked.located().root(), body, StoredConnector.API,
                previous.map(StoredConnector::fileHash).orElse(null), author);
        return new Saved(get(code), previous.isEmpty());
    }

    @Transactional
    public void delete(String code) {
        repository.lock();
        if (!repository.delete(code)) {
            throw notFound(code);
        }
    }

    ConnectorView view(StoredConnector stored) {
        try {
            return ConnectorView.of(stored, definitions.check(stored.source(), stored.sourceName()));
        } catch (DefinitionException e) {
            return ConnectorView.unreadable(stored,
                    e.problems().stream().map(DefinitionException.Placed::text).toList());
        }
    }

    private ConnectorDefinitions.Checked checked(StoredConnector stored) {
        try {
            return definitions.check(stored.source(), stored.sourceName());
        } catch (DefinitionException e) {
            throw unprocessable("Connector \"" + stored.code() + "\" cannot be read.", e.problems());
        }
    }

    private ConnectorDefinitions.Checked check(String text, String sourceName) {
        try {
            return definitions.check(text, sourceName);
        } catch (DefinitionException e) {
            throw unprocessable("The connector definition is not valid.", e.problems());
        }
    }

    private StoredConnector stored(String code) {
        return repository.find(code).orElseThrow(() -> notFound(code));
    }

    private static PimException notFound(String code) {
        return PimException.notFound("Connector \"" + code + "\" does not exist.");
    }

    /** 422 with one error per problem: the field path, and the whole sentence with file and line. */
    static PimException unprocessable(String message, List<DefinitionException.Placed> problems) {
        List<FieldError> errors = new ArrayList<>();
        problems.forEach(p -> errors.add(FieldError.of(p.path().isEmpty() ? null : p.path(), p.text())));
        String first = problems.isEmpty() ? "" : " " + problems.get(0).text();
        return PimException.unprocessable(message + first, errors);
    }
}
