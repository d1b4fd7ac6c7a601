package io.omnipim.ui.shell;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the category tree, the associations, the variant creation, the connector consistency report and the
 * dashboard's health, in English here and in French in {@code messages/more_fr.properties}; templates read them as
 * {@code {more:key}}. A bundle of its own so that {@link Messages} stays readable.
 */
@MessageBundle(value = "more", locale = "en")
public interface MoreMessages {

    // categories
    @Message("Categories")
    String cat_title();

    @Message("Tick the categories this product belongs to. Categories inherited from its model cannot be unticked here.")
    String cat_hint();

    @Message("No category yet.")
    String cat_none();

    @Message("Show the subcategories of {label}")
    String cat_expand(String label);

    @Message("from the model {model}")
    String cat_inherited(String model);

    @Message("channel tree")
    String cat_channel_tree();

    @Message("In")
    String cat_current();

    // associations
    @Message("Associations")
    String assoc_title();

    @Message("Nothing associated yet.")
    String assoc_none();

    @Message("Add a product or model to {type}")
    String assoc_search_label(String type);

    @Message("Identifier or name…")
    String assoc_search_placeholder();

    @Message("Add")
    String assoc_add();

    @Message("Add {label} to {type}")
    String assoc_add_named(String label, String type);

    @Message("Remove")
    String assoc_remove();

    @Message("Remove {label} from {type}")
    String assoc_remove_named(String label, String type);

    @Message("Quantity")
    String assoc_quantity();

    @Message("Quantity of {label}")
    String assoc_quantity_of(String label);

    @Message("quantified")
    String assoc_quantified();

    @Message("No product or model found for “{q}”.")
    String assoc_no_result(String q);

    @Message("The search is not available right now: type the exact identifier and try again later.")
    String assoc_search_down();

    @Message("model")
    String assoc_model();

    @Message("Changes to categories and associations are saved with the rest of the form.")
    String assoc_saved_with_form();

    // variant creation
    @Message("Create a variant")
    String var_create();

    @Message("Create a sub-model")
    String var_create_model();

    @Message("New variant of {model}")
    String var_title(String model);

    @Message("New sub-model of {model}")
    String var_title_model(String model);

    @Message("Choose the values that tell this variant apart from its siblings; everything else is inherited from {model}.")
    String var_hint(String model);

    @Message("Identifier (SKU) of the new variant")
    String var_identifier();

    @Message("Code of the new sub-model")
    String var_code();

    @Message("Letters, digits, dashes… no comma, semicolon or line break.")
    String var_identifier_hint();

    @Message("Choose a value")
    String var_choose();

    @Message("What sets it apart")
    String var_axes();

    @Message("Create and open")
    String var_submit();

    @Message("Cancel")
    String var_cancel();

    @Message("The variant cannot be created:")
    String var_invalid();

    @Message("Choose a value for {axis}.")
    String var_axis_required(String axis);

    @Message("Another variant of {model} already has these values ({values}): choose another combination.")
    String var_axis_taken(String model, String values);

    @Message("Type an identifier.")
    String var_identifier_required();

    @Message("The identifier {identifier} is already used by another product: choose another one.")
    String var_identifier_taken(String identifier);

    @Message("The code {code} is already used by another product model: choose another one.")
    String var_code_taken(String code);

    @Message("Existing variants")
    String var_existing();

    // consistency
    @Message("Consistency")
    String cons_title();

    @Message("Consistency of {label}")
    String cons_title_of(String label);

    @Message("What the channel holds (the last payload delivered per product) against what the connector would send now.")
    String cons_hint();

    @Message("checked")
    String cons_checked();

    @Message("consistent")
    String cons_consistent();

    @Message("Stale")
    String cons_stale();

    @Message("Missing")
    String cons_missing();

    @Message("Unexpected")
    String cons_unexpected();

    @Message("Delivered, but the product changed since: the channel shows old content.")
    String cons_stale_hint();

    @Message("Selected and valid, but never delivered to the channel.")
    String cons_missing_hint();

    @Message("Delivered, but no longer selected (or deleted): the channel still shows it.")
    String cons_unexpected_hint();

    @Message("The channel is up to date: nothing to repair.")
    String cons_ok();

    @Message("None.")
    String cons_empty();

    @Message("In the channel")
    String cons_channel_value();

    @Message("Catalog now")
    String cons_catalog_value();

    @Message("Run a full run to repair")
    String cons_repair();

    @Message("A full run sends every selected product again and removes the unexpected ones.")
    String cons_repair_hint();

    @Message("Showing the first {shown} of {total}.")
    String cons_first(int shown, long total);

    @Message("The report cannot be made:")
    String cons_failed();

    @Message("Check again")
    String cons_refresh();

    @Message("Comparing every product with what the channel holds… This page shows the report as soon as it is ready.")
    String cons_pending();

    @Message("Report made at {time}.")
    String cons_made_at(String time);

    // dashboard
    @Message("Connector health")
    String dash_connectors();

    @Message("No connector yet.")
    String dash_no_connector();

    @Message("{count} {#if count == 1}error{#else}errors{/if}")
    String dash_errors(long count);

    @Message("Search index")
    String dash_index();

    @Message("changes waiting")
    String dash_events_waiting();

    @Message("s behind")
    String dash_seconds_behind();

    @Message("Up to date")
    String dash_index_current();

    @Message("The indexer reports a problem: {error}")
    String dash_index_error(String error);
}
