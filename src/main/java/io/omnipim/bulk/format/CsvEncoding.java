package io.omnipim.bulk.format;

import java.nio.charset.Charset;

/**
 * The encoding a CSV is decoded with, and how many BOM bytes to skip before the text.
 *
 * @param charset the charset
 * @param bomLength 0 without a BOM
 */
record CsvEncoding(Charset charset, int bomLength) {

    boolean bom() {
        return bomLength > 0;
    }
}
