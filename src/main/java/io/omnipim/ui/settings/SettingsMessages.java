package io.omnipim.ui.settings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the settings screens, in English here and in French in {@code messages/set_fr.properties};
 * templates read them as {@code {set:key}}. Kept apart from the shell's bundle so each screen family owns its
 * words.
 */
@MessageBundle(value = "set", locale = "en")
public interface SettingsMessages {

    // common
    @Message("Settings")
    String title();

    @Message("Code")
    String code();

    @Message("Only letters, digits and underscores; it cannot be changed later.")
    String code_hint();

    @Message("Label")
    String label();

    @Message("Labels")
    String labels();

    @Message("Save")
    String save();

    @Message("Create")
    String create();

    @Message("Cancel")
    String cancel();

    @Message("Actions")
    String actions();

    @Message("Choose…")
    String choose();

    @Message("Filter")
    String filter();

    @Message("Code or label")
    String filter_hint();

    @Message("Apply")
    String filter_apply();

    @Message("Saved: \"{code}\".")
    String saved(String code);

    @Message("Nothing was saved. Correct the following and save again:")
    String not_saved();

    @Message("Sort order")
    String sort_order();

    @Message("Edit")
    String edit();

    @Message("You can read these settings; only managers and administrators can change them.")
    String read_only();

    // sections
    @Message("Attributes")
    String attributes();

    @Message("Attribute groups")
    String attribute_groups();

    @Message("Families")
    String families();

    @Message("Categories")
    String categories();

    @Message("Channels")
    String channels();

    @Message("Locales")
    String locales();

    @Message("Currencies")
    String currencies();

    @Message("Association types")
    String association_types();

    @Message("Users")
    String users();

    @Message("API connections")
    String connections();

    // attributes
    @Message("Attribute")
    String attribute();

    @Message("New attribute")
    String attribute_new();

    @Message("No attribute matches this filter.")
    String attribute_none();

    @Message("Type")
    String type();

    @Message("The type decides which properties follow; it cannot be changed later.")
    String type_hint();

    @Message("Group")
    String group();

    @Message("Properties")
    String properties();

    @Message("Properties of this type")
    String type_properties();

    @Message("Values differ per locale (localizable)")
    String localizable();

    @Message("Values differ per channel (scopable)")
    String scopable();

    @Message("Usable as a filter in the product grid")
    String grid_filter();

    @Message("Unique: no two products may have the same value")
    String unique();

    @Message("Rich text editor")
    String wysiwyg();

    @Message("Decimals allowed")
    String decimals();

    @Message("Negative values allowed")
    String negative();

    @Message("Maximum characters")
    String max_characters();

    @Message("1 to 255 (up to 65535 for a text area); empty for the default.")
    String max_characters_hint();

    @Message("Validation rule")
    String validation_rule();

    @Message("None")
    String rule_none();

    @Message("{#when rule}{#is 'email'}E-mail address{#is 'url'}URL{#is 'regexp'}Regular expression{#is 'gtin'}GTIN (EAN/UPC check digit){#else}{rule}{/when}")
    String rule_name(String rule);

    @Message("Regular expression")
    String validation_regexp();

    @Message("Used with the rule \"Regular expression\", for example /^[A-Z]+-[0-9]+$/")
    String validation_regexp_hint();

    @Message("Minimum number")
    String number_min();

    @Message("Maximum number")
    String number_max();

    @Message("Measurement family")
    String metric_family();

    @Message("Default unit")
    String default_metric_unit();

    @Message("Choose the measurement family first.")
    String unit_hint();

    @Message("Earliest date")
    String date_min();

    @Message("Latest date")
    String date_max();

    @Message("Allowed file extensions")
    String allowed_extensions();

    @Message("Separated by commas, for example: jpg, png, webp")
    String allowed_extensions_hint();

    @Message("Maximum file size (MB)")
    String max_file_size();

    @Message("For example 10 or 2.5")
    String max_file_size_hint();

    @Message("{#when type}{#is 'pim_catalog_identifier'}Identifier{#is 'pim_catalog_text'}Text{#is 'pim_catalog_textarea'}Text area{#is 'pim_catalog_number'}Number{#is 'pim_catalog_boolean'}Yes/No{#is 'pim_catalog_date'}Date{#is 'pim_catalog_metric'}Measurement{#is 'pim_catalog_price_collection'}Price{#is 'pim_catalog_simpleselect'}Simple select{#is 'pim_catalog_multiselect'}Multi select{#is 'pim_catalog_image'}Image{#is 'pim_catalog_file'}File{#is 'pim_catalog_table'}Table{#else}{type}{/when}")
    String type_name(String type);

    @Message("Options")
    String options();

    @Message("This attribute has no option yet.")
    String options_none();

    @Message("Label of {option} in {locale}")
    String option_label(String option, String locale);

    @Message("Move {option} up")
    String move_up(String option);

    @Message("Move {option} down")
    String move_down(String option);

    @Message("Add an option")
    String option_add();

    @Message("Add the option")
    String option_add_button();

    // families

    @Message("Family")
    String family();

    @Message("New family")
    String family_new();

    @Message("Variants")
    String variants();

    @Message("Label attribute")
    String attribute_as_label();

    @Message("Image attribute")
    String attribute_as_image();

    @Message("None")
    String none();

    @Message("Attributes and requirements per channel")
    String requirements();

    @Message("Tick an attribute in a channel's column to require it there: a product is complete for the channel when every required attribute has a value. The identifier is always required.")
    String requirements_hint();

    @Message("Remove")
    String remove();

    @Message("{attribute} required in {channel}")
    String required_in(String attribute, String channel);

    @Message("Remove {attribute} from the family")
    String remove_attribute(String attribute);

    @Message("Add attributes")
    String add_attributes();

    @Message("Select one or more (Ctrl or Shift to select several), then save: they appear in the matrix, where you can require them.")
    String add_attributes_hint();

    @Message("New family variant")
    String variant_new();

    @Message("This family has no variant: its products do not vary.")
    String variants_none();

    @Message("Axes, level {level}")
    String axes_level(int level);

    @Message("A family variant says how products vary: level 1 (for example by colour), optionally level 2 (then by size). Attributes not chosen at a level belong to the common product model.")
    String variant_hint();

    @Message("Level {level}")
    String level(int level);

    @Message("Axes")
    String axes();

    @Message("Attributes set at this level")
    String level_attributes();

    @Message("Axes are simple select, measurement or yes/no attributes of the family, neither localizable nor scopable; 1 to 5 per level. Leave level 2 empty for one level only.")
    String axes_hint();

    // categories

    @Message("Unfold a category to see its children; open one to rename it, add a child or move it.")
    String tree_hint();

    @Message("New category tree")
    String tree_new();

    @Message("Tree")
    String tree();

    @Message("Move to…")
    String move_to();

    @Message("New parent")
    String new_parent();

    @Message("The category moves with everything below it, within its tree.")
    String move_hint();

    @Message("Move")
    String move();

    @Message("New child category")
    String child_new();

    @Message("Add the child")
    String child_add();

    // attribute groups and association types

    @Message("Kind")
    String kind();

    @Message("New attribute group")
    String group_new();

    @Message("New association type")
    String association_new();

    @Message("How products are associated (cannot be changed later)")
    String association_flags();

    @Message("Quantified")
    String quantified();

    @Message("Two-way")
    String two_way();

    @Message("Simple association")
    String simple_association();

    @Message("Quantified: each associated product comes with a quantity (packs, bundles)")
    String quantified_hint();

    @Message("Two-way: associating A with B also associates B with A")
    String two_way_hint();

    @Message("fixed at creation.")
    String flags_fixed();

    // channels, locales, currencies

    @Message("Channel")
    String channel();

    @Message("New channel")
    String channel_new();

    @Message("Category tree")
    String category_tree();

    @Message("Ctrl or Shift to select several. A locale is activated while a channel uses it.")
    String channel_locales_hint();

    @Message("Only activated currencies can be chosen (see Currencies).")
    String channel_currencies_hint();

    @Message("Name")
    String locale_name();

    @Message("Activated")
    String activated();

    @Message("Not activated")
    String not_activated();

    @Message("Used by")
    String used_by();

    @Message("Locales are activated by adding them to a channel; {count} are activated.")
    String locales_hint(long count);

    @Message("Activated only")
    String activated_only();

    @Message("Active")
    String currency_active();

    @Message("Inactive")
    String currency_inactive();

    @Message("Activate")
    String activate();

    @Message("Deactivate")
    String deactivate();

    @Message("Activate {code}")
    String activate_currency(String code);

    @Message("Deactivate {code}")
    String deactivate_currency(String code);

    @Message("Prices can only use activated currencies; a currency used by a channel stays activated.")
    String currencies_hint();

    @Message("Status")
    String status();

    @Message("Show all locales")
    String show_all_locales();

    // users and API connections

    @Message("Username")
    String username();

    @Message("Password")
    String password();

    @Message("At least 8 characters.")
    String password_hint();

    @Message("Name")
    String full_name();

    @Message("E-mail")
    String email();

    @Message("First name")
    String first_name();

    @Message("Last name")
    String last_name();

    @Message("Language of the screens")
    String ui_locale();

    @Message("Role")
    String role();

    @Message("Role of {user}")
    String role_of(String user);

    @Message("Change")
    String change_role();

    @Message("New user")
    String user_new();

    @Message("Enabled")
    String enabled();

    @Message("Disabled")
    String disabled();

    @Message("New API connection")
    String connection_new();

    @Message("Connection \"{code}\" created.")
    String connection_created(String code);

    @Message("Copy the secret now: it is shown only this once. If it is lost, create a new connection.")
    String secret_once();

    @Message("Client id")
    String client_id();

    @Message("Secret")
    String client_secret();

    @Message("Created by")
    String created_by();

    @Message("Revoke")
    String revoke();

    @Message("Revoke {code}")
    String revoke_connection(String code);

    @Message("Revoke the connection \"{code}\"? Applications using it stop working at once.")
    String revoke_confirm(String code);

    @Message("A token of this connection never has more rights than this role (nor than its user's).")
    String connection_role_hint();

    // deletion (kind: attribute, option, family, variant, category, channel, attribute-groups, association-types)
    @Message("Delete")
    String delete();

    @Message("{#when kind}{#is 'attribute'}Delete this attribute…{#is 'option'}Delete option {code}…{#is 'family'}Delete this family…{#is 'variant'}Delete this family variant…{#is 'category'}Delete this category…{#is 'channel'}Delete this channel…{#is 'attribute-groups'}Delete this attribute group…{#is 'association-types'}Delete this association type…{#else}Delete {code}…{/when}")
    String delete_what(String kind, String code);

    @Message("Delete \"{code}\" for good? This cannot be undone. The catalog refuses while something still uses it.")
    String delete_confirm(String kind, String code);

    @Message("{#when kind}{#is 'attribute'}Attribute{#is 'option'}Option{#is 'family'}Family{#is 'variant'}Family variant{#is 'category'}Category{#is 'channel'}Channel{#is 'attribute-groups'}Attribute group{#is 'association-types'}Association type{#else}Item{/when} « {code} » deleted.")
    String deleted(String kind, String code);

    @Message("Axes cannot be changed once the variant exists: create another variant for other axes.")
    String axes_fixed();

    @Message("Edit family variant")
    String variant_edit();

    @Message("{#when field}{#is 'code'}Code{#is 'type'}Type{#is 'group'}Group{#is 'labels'}Labels{#is 'sort_order'}Sort order{#is 'unique'}Unique{#is 'localizable'}Localizable{#is 'max_characters'}Maximum characters{#is 'validation_rule'}Validation rule{#is 'validation_regexp'}Regular expression{#is 'number_min'}Minimum number{#is 'number_max'}Maximum number{#is 'metric_family'}Measurement family{#is 'default_metric_unit'}Default unit{#is 'date_min'}Earliest date{#is 'date_max'}Latest date{#is 'allowed_extensions'}Allowed file extensions{#is 'max_file_size'}Maximum file size{#is 'attributes'}Attributes{#is 'attribute_as_label'}Label attribute{#is 'attribute_as_image'}Image attribute{#is 'attribute_requirements'}Requirements{#is 'variant_attribute_sets'}Levels{#is 'family'}Family{#is 'parent'}Parent{#is 'locales'}Locales{#is 'currencies'}Currencies{#is 'category_tree'}Category tree{#is 'enabled'}Status{#is 'is_quantified'}Quantified{#is 'is_two_way'}Two-way{#is 'username'}Username{#is 'password'}Password{#is 'role'}Role{#is 'email'}E-mail{#is 'label'}Label{#else}{field}{/when}")
    String field_name(String field);
}
