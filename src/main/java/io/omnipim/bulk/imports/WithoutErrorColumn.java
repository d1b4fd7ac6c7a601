package io.omnipim.bulk.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.omnipim.bulk.format.TableFormat;
import io.omnipim.bulk.format.TableReader;
import io.omnipim.bulk.format.TableRow;

/** Reads a rejected-rows file that the user fixed as if its {@code import_error} column were not there. */
final class WithoutErrorColumn implements TableReader {

    private final TableReader reader;
    private final int drop;

    private WithoutErrorColumn(TableReader reader, int drop) {
        this.reader = reader;
        this.drop = drop;
    }

    static TableReader of(TableReader reader) {
        int index = reader.header().indexOf(ImportService.ERROR_COLUMN);
        return index < 0 ? reader : new WithoutErrorColumn(reader, index);
    }

    @Override
    public TableFormat format() {
        return reader.format();
    }

    @Override
    public List<String> header() {
        return without(reader.header());
    }

    @Override
    public TableRow next() {
        TableRow row = reader.next();
        return row == null ? null : new TableRow(row.line(), without(row.cells()));
    }

    private List<String> without(List<String> cells) {
        if (drop >= cells.size()) {
            return cells;
        }
        List<String> out = new ArrayList<>(cells);
        out.remove(drop);
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
