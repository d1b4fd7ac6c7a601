package io.omnipim.bulk.flat;

/** A cell that cannot be read; caught per cell and turned into a {@link CellError}, so a row reports them all. */
final class CellProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CellProblem(String message) {
        super(message, null, false, false);
    }
}
