package io.omnipim.ui.bulk;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of bulk actions (the grid's selection bar and the job page), in English here and in French in
 * {@code messages/bulk_fr.properties}; templates read them as {@code {bulk:key}}.
 */
@MessageBundle(value = "bulk", locale = "en")
public interface BulkMessages {

    @Message("Select all products on this page")
    String select_page();

    @Message("Select {label}")
    String select_row(String label);

    @Message("Bulk action on the selected products")
    String bar_label();

    @Message("{count} selected")
    String selected(String count);

    @Message("All {count} products of this search selected")
    String all_selected(String count);

    @Message("Select all {count} products of this search")
    String select_all(String count);

    @Message("Clear the selection")
    String clear();

    @Message("Action")
    String action();

    @Message("{#when type}{#is 'add_categories'}Add to categories{#is 'remove_categories'}Remove from categories{#is 'set_value'}Set an attribute value{#is 'enable'}Enable{#is 'disable'}Disable{#is 'change_family'}Change the family{#else}{type}{/when}")
    String action_name(String type);

    @Message("Categories")
    String categories();

    @Message("Attribute")
    String attribute();

    @Message("Locale")
    String locale();

    @Message("Channel")
    String scope();

    @Message("— none —")
    String none();

    @Message("Value")
    String value();

    @Message("Empty erases the value. Lists: codes separated by commas (red, blue). Yes/no: yes or no. Prices: 49.90 EUR, 59 USD. Measures: 1.2 KILOGRAM. Dates: 2025-06-21.")
    String value_hint();

    @Message("New family")
    String family();

    @Message("Apply")
    String apply();

    @Message("Product models are not selectable: a bulk action changes products.")
    String models_hint();

    @Message("Select at least one product.")
    String nothing_selected();

    @Message("Choose the attribute whose value to set.")
    String no_attribute();

    @Message("\"{value}\" is not a valid {type} value for {attribute}. {hint}")
    String bad_value(String value, String type, String attribute, String hint);

    // the job page
    @Message("Bulk action")
    String job_title();

    @Message("{done} of {total} products")
    String products_done(long done, String total);

    @Message("{rate} products/s")
    String rate(String rate);

    @Message("{#when count}{#is 'updated'}updated{#is 'unchanged'}unchanged{#is 'failed'}failed{#else}{count}{/when}")
    String count(String count);

    @Message("Products not changed")
    String failures();

    @Message("Product")
    String product();

    @Message("Reason")
    String reason();

    @Message("Only the first {shown} of {total} failures are listed.")
    String failures_truncated(int shown, long total);

    @Message("Selection")
    String selection();

    @Message("{count} products chosen one by one")
    String selection_list(int count);

    @Message("The products found by this search: {search}")
    String selection_search(String search);

    @Message("all products")
    String selection_everything();

    @Message("Back to the products")
    String back();
}
