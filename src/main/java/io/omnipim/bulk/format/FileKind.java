package io.omnipim.bulk.format;

/** The two tabular file kinds imports accept and exports write; detected from the content, never the name. */
public enum FileKind {
    CSV, XLSX
}
