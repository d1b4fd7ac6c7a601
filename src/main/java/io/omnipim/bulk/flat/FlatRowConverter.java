package io.omnipim.bulk.flat;

import java.util.List;

import io.omnipim.catalog.structure.CatalogStructure;

/** Turns the rows of a flat file, read with a {@link FlatHeader}, into the JSON bodies the REST API accepts. */
public interface FlatRowConverter {

    /**
     * Converts one row. Cell problems (a number that is not one, a bad date…) come back as {@link CellError}s; this
     * never throws for the content of a cell.
     */
    Converted convert(List<String> cells);

    /** The converter for the header's file type. */
    static FlatRowConverter of(FlatHeader header, CatalogStructure catalog, FlatOptions options) {
        return header.type().hasValues()
                ? new ProductRowConverter(header, catalog, options)
                : new StructureRowConverter(header, options);
    }
}
