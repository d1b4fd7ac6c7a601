package io.omnipim.syndication.core.connector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.omnipim.syndication.core.definition.DefinitionException;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the connectors folder into the database, at start and on {@code POST /api/rest/v1/connectors/reload}. A file
 * is applied only when its content differs from the one last applied, so a definition edited through the API stays
 * until its file changes. A file that cannot be read is refused; one that reads but does not fit the catalog yet
 * (samples not loaded…) is stored and listed as not usable.
 */
@ApplicationScoped
public class ConnectorReload {

    private static final Logger LOG = Logger.getLogger(ConnectorReload.class);

    private final SyndicationConfig config;
    private final ConnectorRepository repository;
    private final ConnectorDefinitions definitions;

    public ConnectorReload(SyndicationConfig config, ConnectorRepository repository,
            ConnectorDefinitions definitions) {
        this.config = config;
        this.repository = repository;
        this.definitions = definitions;
    }

    /** After the catalog's own start-up (fresh install 10, offer attributes 11, samples 20). */
    void onStart(@Observes @Priority(30) StartupEvent event) {
        if (!config.loadAtStart()) {
            return;
        }
        ReloadReport report = reload();
        report.files().forEach(f -> {
            if ("refused".equals(f.outcome())) {
                LOG.warnf("connector file %s refused: %s", f.file(), String.join(" | ", f.problems()));
            } else if (!f.problems().isEmpty()) {
                // usual on a first start: the catalog the connector maps is imported afterwards
                LOG.infof(
                        "connector %s (%s) does not fit the catalog yet, %d problem(s): GET /api/rest/v1/connectors/%s"
                                + " lists them",
                        f.code(), f.file(), f.problems().size(), f.code());
            }
        });
        LOG.infof("connectors: %d file(s) in %s", report.files().size(), report.dir());
    }

    @Transactional
    public ReloadReport reload() {
        Path dir = Path.of(config.dir());
        List<ConnectorFiles.DefinitionFile> files;
        try {
            files = ConnectorFiles.read(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the connectors folder " + dir.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
        repository.lock();
        Map<String, String> seen = new HashMap<>();
        List<ReloadReport.FileOutcome> outcomes = new ArrayList<>();
        for (ConnectorFiles.DefinitionFile file : files) {
            outcomes.add(apply(file, seen));
        }
        return new ReloadReport(dir.toString(), outcomes);
    }

    private ReloadReport.FileOutcome apply(ConnectorFiles.DefinitionFile file, Map<String, String> seen) {
        ConnectorDefinitions.Checked checked;
        try {
            checked = definitions.check(file.text(), file.name());
        } catch (DefinitionException e) {
            return new ReloadReport.FileOutcome(file.name(), null, "refused",
                    e.problems().stream().map(DefinitionException.Placed::text).toList());
        }
        String code = checked.definition().code();
        String other = seen.putIfAbsent(code, file.name());
        if (other != null) {
            return new ReloadReport.FileOutcome(file.name(), code, "refused", List.of(file.name() + ": the code \""
                    + code + "\" is already defined by " + other + "; give each connector its own code"));
        }
        List<String> problems = checked.problems().stream().map(DefinitionException.Placed::text).toList();
        Optional<StoredConnector> stored = repository.find(code);
        if (stored.isPresent() && file.hash().equals(stored.get().fileHash())) {
            return new ReloadReport.FileOutcome(file.name(), code, "unchanged", problems);
        }
        repository.save(code, checked.definition().type(), checked.located().root(), file.text(),
                StoredConnector.FILE + file.name(), file.hash(), "file");
        return new ReloadReport.FileOutcome(file.name(), code, stored.isPresent() ? "updated" : "created", problems);
    }
}
