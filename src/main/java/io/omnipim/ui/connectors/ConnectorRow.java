package io.omnipim.ui.connectors;

import java.util.List;

/**
 * A connector in the list: its channel, whether it can run, and how its last run went.
 *
 * @param lastRun the latest run, or null before the first one
 */
public record ConnectorRow(String code, String label, String type, String channel, String locale,
        String schedule, boolean usable, List<String> problems, RunPanel lastRun) {
}
