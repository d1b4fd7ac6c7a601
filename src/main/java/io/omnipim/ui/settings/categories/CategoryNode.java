package io.omnipim.ui.settings.categories;

import java.util.List;

/** A category in the tree, with its children; {@code open} unfolds it (first levels, and the way to the current one). */
public record CategoryNode(String code, String label, List<CategoryNode> children, boolean open, boolean current) {
}
