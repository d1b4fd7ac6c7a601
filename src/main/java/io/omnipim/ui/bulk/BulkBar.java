package io.omnipim.ui.bulk;

import java.util.List;

/**
 * What the grid's bulk bar offers: the actions, and the choices each needs (categories by tree, attributes that
 * can be set in bulk, families, locales and channels).
 */
public record BulkBar(List<String> actions, List<Choice> categories, List<AttributeChoice> attributes,
        List<Choice> families, List<Choice> locales, List<Choice> channels) {

    /** A code to pick, with its label; {@code id} is safe as an HTML id. */
    public record Choice(String id, String code, String label) {
    }

    /** An attribute with what its value needs: a locale, a channel. */
    public record AttributeChoice(String code, String label, boolean localizable, boolean scopable) {
    }
}
