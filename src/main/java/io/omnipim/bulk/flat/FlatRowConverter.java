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
        return of(header, catalog, options, false);
    }

    /**
     * With {@code preparedValues}, a products file's values come as {@link Converted#values()} instead of in the
     * body (for the product write path, which takes them as they are).
     */
    static FlatRowConverter of(FlatHeader header, CatalogStructure catalog, FlatOptions options,
            boolean preparedValues) {
        return header.type().hasValues()
                ? new ProductRowConverter(header, catalog, options, preparedValues)
                : new StructureRowConverter(header, options);
    }
}
