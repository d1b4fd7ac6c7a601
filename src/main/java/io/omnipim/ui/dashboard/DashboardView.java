package io.omnipim.ui.dashboard;

import java.util.List;

import io.omnipim.ui.connectors.ConnectorRow;
import io.omnipim.ui.imports.JobPanel;
import io.omnipim.ui.shell.Shell;

/**
 * The dashboard: catalog size, completeness per channel and locale, the latest imports, the search index lag and
 * each connector's last run.
 *
 * @param indexLag changes waiting for the search index
 * @param lagSeconds age of the oldest of them
 * @param indexError the indexer's last failure, or null
 * @param searchDown the search index did not answer: the figures from it are missing
 */
public record DashboardView(Shell shell, long products, long models, long indexLag, long lagSeconds,
        String indexError, List<Bar> completeness, List<JobPanel> imports, List<ConnectorRow> connectors,
        boolean searchDown) {

    public boolean indexCurrent() {
        return indexLag == 0 && indexError == null;
    }

    /** Complete products of one channel in one locale; {@code first} starts the channel's rows. */
    public record Bar(String channel, String locale, long complete, long total, boolean first) {

        public int percent() {
            return total == 0 ? 0 : (int) Math.floor(100.0 * complete / total);
        }

        public String level() {
            int p = percent();
            return p == 100 ? "done" : "";
        }
    }
}
