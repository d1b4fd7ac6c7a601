package io.omnipim.ui.product;

import java.util.List;

import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Shell;

/**
 * The product (or product model) page: header, context, the form's groups, completeness in the chosen channel
 * and locale with what is missing, completeness everywhere else, and the message of the last save.
 *
 * @param code the identifier of a product, the code of a model
 * @param version the version the form was read at, sent back with a save to detect someone else's save
 * @param ratio completeness in the chosen channel and locale (null for a model or a product without family)
 * @param editable codes of the attributes this user can change here
 * @param categories the category trees of a product (null on a model's page)
 * @param associations the association types of a product with their items (empty on a model's page)
 */
public record EditorView(Shell shell, ContextChoice context, boolean model, String code, String label, String image,
        String family, String parent, String parentUrl, long version, String updated, boolean enabled,
        List<GroupView> groups, Integer ratio, List<Missing> missing, List<MatrixRow> matrix, Banner banner,
        List<String> editable, List<Child> children, CategoryPicker categories, List<AssociationView> associations) {

    /** The product's History tab. */
    public String historyUrl() {
        return "/ui/products/" + io.omnipim.ui.shell.Links.segment(code) + "/history";
    }

    /** A required attribute still empty, linking to its field. */
    public record Missing(String code, String label) {
    }

    /** Completeness of one channel in each of its locales. */
    public record MatrixRow(String channel, List<Cell> cells) {
    }

    public record Cell(String locale, int ratio, String url, boolean current) {

        /** "fr" for fr_FR: the channel's row already says where. */
        public String language() {
            return locale.length() >= 2 ? locale.substring(0, 2) : locale;
        }

        public String level() {
            return ratio == 100 ? "ok" : ratio >= 50 ? "mid" : "low";
        }
    }

    /** A variant or sub-model listed on a model's page. */
    public record Child(String code, String label, String url, boolean model, Integer ratio) {

        public String level() {
            return ratio == null ? "off" : ratio == 100 ? "ok" : ratio >= 50 ? "mid" : "low";
        }
    }

    public boolean canSave() {
        return shell.canEdit() && (!editable.isEmpty() || categories != null);
    }

    /** Whether the level below this model is made of sub-models (the root of a two-level family variant). */
    public boolean childrenAreModels() {
        return children.stream().anyMatch(Child::model);
    }

    /** The form that creates a variant (or sub-model) below this model. */
    public String newVariantUrl() {
        return "/ui/product-models/" + io.omnipim.ui.shell.Links.segment(code) + "/variants/new";
    }

    public String ratioLevel() {
        return ratio == null ? "off" : ratio == 100 ? "ok" : ratio >= 50 ? "mid" : "low";
    }

    public String formAction() {
        return (model ? "/ui/product-models/" : "/ui/products/") + io.omnipim.ui.shell.Links.segment(code);
    }
}
