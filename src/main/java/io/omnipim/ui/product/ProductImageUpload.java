package io.omnipim.ui.product;

import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.product.media.MediaFileService;
import io.omnipim.catalog.product.media.MediaTarget;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/**
 * An image chosen on the form goes through the catalog's media service, which checks it (extension, content,
 * size) and sets it as the value in the same transaction; a refusal is shown at the image field.
 */
@ApplicationScoped
public class ProductImageUpload {

    private final MediaFileService media;
    private final StructureCache structure;
    private final ProductEditService products;

    public ProductImageUpload(MediaFileService media, StructureCache structure, ProductEditService products) {
        this.media = media;
        this.structure = structure;
        this.products = products;
    }

    public EditorView upload(String identifier, String attribute, String channel, String locale, String fileName,
            String contentType, InputStream content, Shell shell) {
        EditorView before = products.view(identifier, channel, locale, shell);
        Attribute a = structure.forRead().attributes().get(attribute);
        if (a == null || !a.attributeType().isMedia()) {
            throw PimException.badRequest("\"" + attribute + "\" is not an image attribute.");
        }
        try {
            media.upload(fileName, contentType, content, new MediaTarget(identifier, false, attribute,
                    a.isLocalizable() ? before.context().locale() : null,
                    a.isScopable() ? before.context().channel() : null));
        } catch (PimException e) {
            return refused(identifier, attribute, channel, locale, shell, e.getMessage());
        }
        EditorView after = products.view(identifier, channel, locale, shell);
        return withBanner(after, Banner.success(Texts.of(shell).form_saved()));
    }

    /** The form again with the refusal at the image field ({@code message} null: no file was chosen). */
    public EditorView refused(String identifier, String attribute, String channel, String locale, Shell shell,
            String message) {
        String text = message == null ? Texts.of(shell).imp_no_file() : message;
        EditorView page = products.viewWithErrors(identifier, channel, locale, shell,
                List.of(new FieldError("file", text, attribute, null, null)));
        return withBanner(page, Banner.invalid(Texts.of(shell).form_invalid(), List.of()));
    }

    private static EditorView withBanner(EditorView v, Banner banner) {
        return new EditorView(v.shell(), v.context(), v.model(), v.code(), v.label(), v.image(), v.family(),
                v.parent(), v.parentUrl(), v.version(), v.updated(), v.enabled(), v.groups(), v.ratio(), v.missing(),
                v.matrix(), banner, v.editable(), v.children(), v.categories(), v.associations());
    }
}
