package io.omnipim.syndication.core.connector;

import java.util.List;

/**
 * What a reload of the connectors folder did, file by file.
 *
 * @param dir the folder read
 */
public record ReloadReport(String dir, List<FileOutcome> files) {

    /**
     * One file: {@code created}, {@code updated}, {@code unchanged} (content already applied) or {@code refused}.
     * A stored definition may still have problems (an attribute the catalog does not have yet): it is kept, and
     * listed as not usable until the catalog or the file is fixed.
     */
    public record FileOutcome(String file, String code, String outcome, List<String> problems) {
    }
}
