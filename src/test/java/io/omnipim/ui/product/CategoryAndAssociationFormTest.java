package io.omnipim.ui.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.association.AssociationType;
import io.omnipim.catalog.structure.category.Category;

/** The category tree and the associations of the product form: what shows, and what a save sends. */
class CategoryAndAssociationFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Category category(String code, String parent, String en, String fr) {
        return new Category(code, parent, null, 1, Map.of("en_US", en, "fr_FR", fr));
    }

    private static CatalogStructure catalog() {
        Map<String, Category> categories = new LinkedHashMap<>();
        for (Category c : List.of(category("archive", null, "Archive", "Archives"),
                category("master", null, "Master catalog", "Catalogue principal"),
                category("shoes", "master", "Shoes", "Chaussures"),
                category("shoes_hiking", "shoes", "Hiking boots", "Randonnée"),
                category("clothing", "master", "Clothing", "Vêtements"),
                category("clothing_kids", "clothing", "Kids", "Enfant"))) {
            categories.put(c.code(), c);
        }
        Map<String, AssociationType> types = new LinkedHashMap<>();
        types.put("X_SELL", new AssociationType("X_SELL", Map.of("en_US", "Cross sell"), false, false));
        types.put("PACK", new AssociationType("PACK", Map.of("en_US", "Pack"), true, false));
        return new CatalogStructure(1, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Map.of(),
                Map.of(), categories, Map.of("master", List.of("shoes", "clothing"), "shoes", List.of("shoes_hiking"),
                        "clothing", List.of("clothing_kids")),
                types);
    }

    @Test
    void theChannelTreeComesFirstOpenOnTheTickedCategoriesWithInheritedOnesLocked() {
        CategoryPicker picker = CategoryPicker.of(catalog(), "master", Set.of("shoes_hiking"), Set.of("clothing"),
                "fr_FR", true, "alpine_hiking_boot");

        List<CategoryPicker.Row> opened = picker.rows().stream().filter(r -> !r.close()).toList();
        assertThat(opened).extracting(CategoryPicker.Row::code).containsExactly("master", "shoes", "shoes_hiking",
                "clothing", "clothing_kids", "archive");
        assertThat(opened.get(0).expanded()).isTrue();
        assertThat(opened.get(1).expanded()).as("shoes holds a ticked category").isTrue();
        assertThat(opened.get(3).expanded()).as("clothing is ticked itself, nothing below").isFalse();
        assertThat(opened.get(3).inherited()).isTrue();
        assertThat(opened.get(2).checked()).isTrue();
        assertThat(opened.get(2).label()).isEqualTo("Randonnée");
        assertThat(picker.chosen()).extracting(CategoryPicker.Chosen::path).containsExactly(
                "Catalogue principal › Chaussures › Randonnée", "Catalogue principal › Vêtements");
        assertThat(picker.rows().stream().filter(CategoryPicker.Row::close).count())
                .as("every branch closes its list").isEqualTo(3);
    }

    private static JsonNode product() throws Exception {
        return JSON.readTree(
                """
                        {"associations":{"X_SELL":{"groups":[],"products":["PXL-WATCH2-BLK"],"product_models":["trail_runner_x"]}},
                         "quantified_associations":{"PACK":{"products":[{"identifier":"FLE-SOCK-RUN","quantity":2}],
                         "product_models":[]}}}""");
    }

    @Test
    void anUntouchedFormSendsNoAssociation() throws Exception {
        CatalogStructure catalog = catalog();
        Map<String, List<String>> form = Map.of("associations_shown", List.of("1"), "a.X_SELL.products",
                List.of("PXL-WATCH2-BLK"), "a.X_SELL.product_models", List.of("trail_runner_x"),
                "q.PACK.products.FLE-SOCK-RUN", List.of("2"));
        ObjectNode patch = JSON.createObjectNode();
        AssociationForm.patch(patch, AssociationForm.of(product(), catalog), AssociationForm.of(form, catalog),
                catalog);
        assertThat(patch.isEmpty()).isTrue();
    }

    @Test
    void removingAnItemAndChangingAQuantitySendOnlyTheTypesConcerned() throws Exception {
        CatalogStructure catalog = catalog();
        Map<String, List<String>> form = Map.of("associations_shown", List.of("1"), "a.X_SELL.product_models",
                List.of("trail_runner_x"), "q.PACK.products.FLE-SOCK-RUN", List.of("3"),
                "q.PACK.products.KLW-BUDS-ANC", List.of(" 1 "));
        ObjectNode patch = JSON.createObjectNode();
        AssociationForm.patch(patch, AssociationForm.of(product(), catalog), AssociationForm.of(form, catalog),
                catalog);
        assertThat(patch.path("associations").path("X_SELL").toString())
                .isEqualTo("{\"products\":[],\"product_models\":[\"trail_runner_x\"]}");
        assertThat(patch.path("quantified_associations").path("PACK").path("products").toString()).isEqualTo(
                "[{\"identifier\":\"FLE-SOCK-RUN\",\"quantity\":3},{\"identifier\":\"KLW-BUDS-ANC\",\"quantity\":1}]");
    }

    @Test
    void aQuantityThatIsNotAWholeNumberGoesAsTypedForTheCatalogToExplain() throws Exception {
        CatalogStructure catalog = catalog();
        Map<String, List<String>> form = Map.of("associations_shown", List.of("1"), "a.X_SELL.products",
                List.of("PXL-WATCH2-BLK"), "a.X_SELL.product_models", List.of("trail_runner_x"),
                "q.PACK.products.FLE-SOCK-RUN", List.of("deux"));
        ObjectNode patch = JSON.createObjectNode();
        AssociationForm.patch(patch, AssociationForm.of(product(), catalog), AssociationForm.of(form, catalog),
                catalog);
        assertThat(patch.has("associations")).isFalse();
        assertThat(patch.at("/quantified_associations/PACK/products/0/quantity").asText()).isEqualTo("deux");
    }
}
