package io.omnipim.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.ui.settings.attributes.AttributeForm;
import io.omnipim.ui.settings.channels.ChannelForm;
import io.omnipim.ui.settings.families.FamilyForm;
import io.omnipim.ui.settings.families.VariantForm;
import io.omnipim.ui.settings.labelled.LabelledKinds;

/** What the settings forms send to the structure services: the same JSON an API client would. */
class SettingsFormsTest {

    private static final List<String> LOCALES = List.of("de_DE", "en_US", "fr_FR");

    private static FormInput form(String... pairs) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return new FormInput(fields);
    }

    @Test
    void aNewTextAttributeSendsItsTypePropertiesAndUntickedBoxesAsFalse() {
        ObjectNode json = AttributeForm.toJson(form("_csrf", "t", "code", "care_label", "group", "marketing",
                "labels.en_US", "Care label", "labels.fr_FR", "Étiquette d'entretien", "labels.de_DE", " ",
                "max_characters", "120", "validation_rule", "", "localizable", "true"), AttributeType.TEXT, true,
                LOCALES);

        assertThat(json.get("code").asText()).isEqualTo("care_label");
        assertThat(json.get("type").asText()).isEqualTo("pim_catalog_text");
        assertThat(json.get("max_characters").asInt()).isEqualTo(120);
        assertThat(json.get("localizable").asBoolean()).isTrue();
        assertThat(json.get("scopable").asBoolean()).isFalse();
        assertThat(json.get("unique").asBoolean()).isFalse();
        assertThat(json.get("validation_rule").isNull()).isTrue();
        assertThat(json.get("labels").get("fr_FR").asText()).isEqualTo("Étiquette d'entretien");
        assertThat(json.get("labels").get("de_DE").isNull()).as("a blank label erases it").isTrue();
        assertThat(json.has("metric_family")).as("no property of another type").isFalse();
        assertThat(json.has("_csrf")).isFalse();
    }

    @Test
    void anEditedAttributeNeverSendsCodeOrTypeAndDropsTheRegexpWithoutItsRule() {
        ObjectNode json = AttributeForm.toJson(form("code", "ignored", "type", "pim_catalog_number",
                "validation_rule", "email", "validation_regexp", "/^x$/"), AttributeType.TEXT, false, LOCALES);

        assertThat(json.has("code")).isFalse();
        assertThat(json.has("type")).isFalse();
        assertThat(json.get("validation_rule").asText()).isEqualTo("email");
        assertThat(json.get("validation_regexp").isNull()).isTrue();
    }

    @Test
    void aMetricAttributeSendsItsFamilyUnitAndBoundsAndANonNumberIsLeftForTheServiceToRefuse() {
        ObjectNode json = AttributeForm.toJson(form("metric_family", "Weight", "default_metric_unit", "KILOGRAM",
                "number_min", "0", "number_max", "12,5", "decimals_allowed", "true"), AttributeType.METRIC, false,
                LOCALES);

        assertThat(json.get("metric_family").asText()).isEqualTo("Weight");
        assertThat(json.get("default_metric_unit").asText()).isEqualTo("KILOGRAM");
        assertThat(json.get("number_max").asText()).isEqualTo("12,5");
        assertThat(json.get("decimals_allowed").asBoolean()).isTrue();
        assertThat(json.get("negative_allowed").asBoolean()).isFalse();
        assertThat(json.has("max_characters")).isFalse();

        ObjectNode text = AttributeForm.toJson(form("max_characters", "beaucoup"), AttributeType.TEXT, false,
                LOCALES);
        assertThat(text.get("max_characters").isTextual()).isTrue();
    }

    @Test
    void allowedExtensionsAreACleanList() {
        ObjectNode json = AttributeForm.toJson(form("allowed_extensions", ".JPG, png,, webp"), AttributeType.IMAGE,
                false, LOCALES);
        assertThat(json.get("allowed_extensions").toString()).isEqualTo("[\"jpg\",\"png\",\"webp\"]");
    }

    @Test
    void theRequirementsMatrixBecomesOneListPerChannelLimitedToTheAttributesThatStay() {
        ObjectNode json = FamilyForm.toJson(form("attributes", "sku", "attributes", "name", "attributes",
                "material", "remove", "material", "add", "fabric_finish", "attribute_as_label", "name",
                "attribute_as_image", "", "attribute_requirements.ecommerce", "name",
                "attribute_requirements.ecommerce", "material", "attribute_requirements.mobile", "name"), false,
                List.of("ecommerce", "mobile", "marketplaces"), LOCALES);

        assertThat(json.get("attributes").toString()).isEqualTo("[\"sku\",\"name\",\"fabric_finish\"]");
        assertThat(json.get("attribute_requirements").get("ecommerce").toString()).isEqualTo("[\"name\"]");
        assertThat(json.get("attribute_requirements").get("mobile").toString()).isEqualTo("[\"name\"]");
        assertThat(json.get("attribute_requirements").get("marketplaces").toString())
                .as("an empty column clears the channel's requirements").isEqualTo("[]");
        assertThat(json.get("attribute_as_image").isNull()).isTrue();
    }

    @Test
    void aNewFamilyTakesItsLabelAttribute() {
        ObjectNode json = FamilyForm.toJson(form("code", "bags", "attribute_as_label", "name", "labels.fr_FR",
                "Sacs"), true, List.of("ecommerce"), LOCALES);
        assertThat(json.get("attributes").toString()).isEqualTo("[\"name\"]");
        assertThat(json.has("attribute_requirements")).isFalse();
    }

    @Test
    void aVariantHasASecondLevelOnlyWhenOneIsChosen() {
        ObjectNode one = VariantForm.toJson(form("code", "bags_color", "axes_1", "color", "attributes_1",
                "image"), "bags", LOCALES);
        assertThat(one.get("family").asText()).isEqualTo("bags");
        assertThat(one.get("variant_attribute_sets")).hasSize(1);
        assertThat(one.get("variant_attribute_sets").get(0).get("axes").toString()).isEqualTo("[\"color\"]");

        ObjectNode two = VariantForm.toJson(form("code", "bags_color_size", "axes_1", "color", "axes_2", "size",
                "attributes_2", "sku"), "bags", LOCALES);
        assertThat(two.get("variant_attribute_sets")).hasSize(2);
        assertThat(two.get("variant_attribute_sets").get(1).get("level").asInt()).isEqualTo(2);
    }

    @Test
    void aChannelSendsItsLocalesCurrenciesAndTree() {
        ObjectNode json = ChannelForm.toJson(form("code", "print", "locales", "fr_FR", "locales", "de_DE",
                "currencies", "EUR", "category_tree", "master"), true, LOCALES);
        assertThat(json.get("locales").toString()).isEqualTo("[\"fr_FR\",\"de_DE\"]");
        assertThat(json.get("currencies").toString()).isEqualTo("[\"EUR\"]");
        assertThat(json.get("category_tree").asText()).isEqualTo("master");
    }

    @Test
    void associationFlagsAreSentOnlyWhenCreating() {
        assertThat(LabelledKinds.toJson("association-types", form("code", "PACK", "is_quantified", "true"), true,
                LOCALES).get("is_quantified").asBoolean()).isTrue();
        assertThat(LabelledKinds.toJson("association-types", form(), false, LOCALES).has("is_quantified"))
                .isFalse();
        assertThat(LabelledKinds.toJson("attribute-groups", form("sort_order", "3"), false, LOCALES)
                .get("sort_order").asInt()).isEqualTo(3);
    }

    @Test
    void aStoredFamilyFillsTheFormAndTheServiceErrorsLandAtTheirFields() {
        ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        Family family = new Family("clothing", "name", null, List.of("sku", "name"),
                Map.of("ecommerce", List.of("sku", "name")), Map.of("fr_FR", "Vêtements"));

        SettingsForm form = SettingsForm.of(family, json);
        assertThat(form.label("fr_FR")).isEqualTo("Vêtements");
        assertThat(form.has("attribute_requirements.ecommerce", "name")).isTrue();
        assertThat(form.value("attribute_as_image")).isEmpty();

        SettingsForm refused = form.refused(PimException.unprocessable("Validation failed.", List.of(FieldError.of(
                "attribute_as_label", "The label attribute must be a text or identifier attribute."))));
        assertThat(refused.error("attribute_as_label")).startsWith("The label attribute");
        assertThat(refused.invalid("code")).isFalse();
        assertThat(form.refused(PimException.unprocessable("Family \"x\" cannot be deleted.", List.of()))
                .problems()).extracting(SettingsForm.Problem::message).containsExactly(
                        "Family \"x\" cannot be deleted.");
    }
}
