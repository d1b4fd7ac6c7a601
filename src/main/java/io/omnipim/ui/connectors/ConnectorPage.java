package io.omnipim.ui.connectors;

import java.util.List;

import io.omnipim.syndication.core.connector.ConnectorPreview;
import io.omnipim.ui.shell.Links;

/**
 * One connector's page: its settings and status, the latest runs, and the preview of one product's output.
 *
 * @param preview the previewed product's output, or null when none was asked for
 * @param previewError why the preview could not be made (unknown product…), or null
 */
public record ConnectorPage(ConnectorRow connector, String origin, List<RunPanel> runs, String previewIdentifier,
        ConnectorPreview.Preview preview, List<PreviewField> previewFields, String previewError) {

    /** A field of the previewed output, with the attribute behind it and the problem it has, if any. */
    /** The previewed product's form, in the connector's channel and locale. */
    public String productLink() {
        return preview == null ? null : Links.product(preview.identifier(), connector.channel(), connector.locale());
    }

    public record PreviewField(String target, String value, String problem, String link) {
    }
}
