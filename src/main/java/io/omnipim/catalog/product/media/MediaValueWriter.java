package io.omnipim.catalog.product.media;

/**
 * Sets a media value on a product or product model; the product feature provides it. It is called inside the
 * upload's transaction, after the {@code media_file} row is inserted, so the value check sees the new file and a
 * failure here (unknown product, attribute not in the family, wrong locale or scope...) leaves no row behind. It
 * reports such failures as {@link io.omnipim.platform.errors.PimException} (422 in Akeneo's API).
 */
public interface MediaValueWriter {

    void attach(MediaTarget target, String mediaCode);
}
