package io.omnipim.ui.shell;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the admin UI, in English here and in French in {@code messages/msg_fr.properties}; templates read
 * them as {@code {msg:key}} in the page's language.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    // layout
    @Message("Skip to content")
    String skip();

    @Message("Dashboard")
    String nav_dashboard();

    @Message("Products")
    String nav_products();

    @Message("Imports")
    String nav_imports();

    @Message("Settings")
    String nav_settings();

    @Message("Main navigation")
    String nav_label();

    @Message("Log out")
    String logout();

    @Message("Language")
    String language();

    @Message("Something went wrong ({status}). Reload the page and try again.")
    String request_failed(String status);

    @Message("The server cannot be reached. Check your connection and try again.")
    String network_failed();

    @Message("{#when role}{#is 'admin'}Administrator{#is 'manager'}Manager{#is 'editor'}Editor{#else}Viewer{/when}")
    String role(String role);

    // login
    @Message("Log in")
    String login_title();

    @Message("Username")
    String login_username();

    @Message("Password")
    String login_password();

    @Message("Log in")
    String login_submit();

    @Message("Wrong username or password.")
    String login_failed();

    @Message("Too many failed attempts. Wait a few minutes and try again.")
    String login_throttled();

    @Message("Your session has ended. Log in again to continue.")
    String login_expired();

    @Message("You are logged out.")
    String login_bye();

    @Message("Product information for every channel")
    String login_tagline();

    // errors
    @Message("Page not found")
    String error_not_found();

    @Message("You are not allowed to do this")
    String error_forbidden();

    @Message("Something went wrong")
    String error_other();

    @Message("Back to products")
    String error_back();

    // common
    @Message("Channel")
    String channel();

    @Message("Locale")
    String locale();

    @Message("Search")
    String search();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Enabled")
    String enabled();

    @Message("Disabled")
    String disabled();

    @Message("Family")
    String family();

    @Message("Categories")
    String categories();

    @Message("Completeness")
    String completeness();

    @Message("Complete")
    String complete();

    @Message("Incomplete")
    String incomplete();

    @Message("Status")
    String status();

    @Message("Type")
    String type();

    @Message("Product")
    String type_product();

    @Message("Product model")
    String type_product_model();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Page {page}")
    String page(int page);

    @Message("Apply")
    String apply();

    @Message("Clear filters")
    String clear_filters();

    // dashboard
    @Message("Catalog at a glance")
    String dash_title();

    @Message("Products")
    String dash_products();

    @Message("Product models")
    String dash_models();

    @Message("Changes waiting for the search index")
    String dash_lag();

    @Message("Completeness per channel and locale")
    String dash_completeness();

    @Message("{complete} of {total} products complete")
    String dash_complete_of(long complete, long total);

    @Message("Latest imports")
    String dash_imports();

    @Message("No import yet.")
    String dash_no_import();

    @Message("The search index is not available right now: figures will show when it is back.")
    String dash_search_down();

    // grid
    @Message("Search by name, SKU, EAN…")
    String grid_search_placeholder();

    @Message("{total} results")
    String grid_total(String total);

    @Message("Image")
    String grid_image();

    @Message("SKU / code")
    String grid_identifier();

    @Message("Label")
    String grid_label();

    @Message("Variants")
    String grid_variants();

    @Message("{count} variants")
    String grid_variant_count(long count);

    @Message("Filters")
    String grid_filters();

    @Message("No product matches this search.")
    String grid_empty();

    @Message("Sort by {column}")
    String grid_sort_by(String column);

    @Message("Showing models and simple products. Search or filter on completeness to see every variant.")
    String grid_top_level_hint();

    @Message("The search index is not available right now. Try again in a moment.")
    String grid_search_down();

    // product form
    @Message("Save")
    String form_save();

    @Message("Saving…")
    String form_saving();

    @Message("Saved.")
    String form_saved();

    @Message("No change to save.")
    String form_unchanged();

    @Message("Some values could not be saved: see the fields marked below.")
    String form_invalid();

    @Message("Someone else saved this product while you were editing it. Your changes were not saved: reload to see"
            + " the current version, then apply your changes again.")
    String form_conflict();

    @Message("Reload the product")
    String form_reload();

    @Message("Required for {channel}")
    String form_required_for(String channel);

    @Message("Required")
    String form_required();

    @Message("Missing for {channel} / {locale}")
    String form_missing(String channel, String locale);

    @Message("Nothing is missing for this channel and locale.")
    String form_nothing_missing();

    @Message("Inherited from {model}")
    String form_inherited(String model);

    @Message("You have read-only access: you cannot change this product.")
    String form_read_only();

    @Message("Upload an image")
    String form_upload();

    @Message("Upload")
    String form_upload_submit();

    @Message("No image")
    String form_no_image();

    @Message("Unit")
    String form_unit();

    @Message("— none —")
    String form_none();

    @Message("Ctrl+S saves")
    String form_shortcut();

    @Message("You have unsaved changes.")
    String form_unsaved();

    @Message("Parent model")
    String form_parent();

    @Message("Version {version}, updated {updated}")
    String form_version(long version, String updated);

    @Message("per channel")
    String form_scopable();

    @Message("per locale")
    String form_localizable();

    @Message("Other attributes")
    String form_other_group();

    @Message("Simple HTML: <p>, <strong>, <em>, <ul>, <li>, <br>")
    String form_html_hint();

    @Message("Variants of this model")
    String model_variants();

    @Message("No variant yet.")
    String model_no_variant();

    // imports
    @Message("Import a file")
    String imp_title();

    @Message("File (CSV or XLSX)")
    String imp_file();

    @Message("What the file contains")
    String imp_type();

    @Message("Dry run: check the file without saving anything")
    String imp_dry_run();

    @Message("dry run")
    String imp_dry_run_tag();

    @Message("Start the import")
    String imp_start();

    @Message("Choose a file to import.")
    String imp_no_file();

    @Message("Recent imports")
    String imp_recent();

    @Message("File")
    String imp_file_name();

    @Message("Started by")
    String imp_by();

    @Message("Started")
    String imp_started();

    @Message("Progress")
    String imp_progress();

    @Message("{done} of {total} rows")
    String imp_rows(long done, String total);

    @Message("{rate} rows/s")
    String imp_rate(String rate);

    @Message("about {seconds} s left")
    String imp_eta(long seconds);

    @Message("Errors")
    String imp_errors();

    @Message("Line")
    String imp_line();

    @Message("Column")
    String imp_column();

    @Message("Message")
    String imp_message();

    @Message("Download the rejected rows")
    String imp_download_rejected();

    @Message("Fix the rows in this file and import it again: the error column is ignored.")
    String imp_rejected_hint();

    @Message("Warnings")
    String imp_warnings();

    @Message("Dry run: nothing was saved.")
    String imp_dry_run_done();

    @Message("All imports")
    String imp_all();

    @Message("{#when status}{#is 'queued'}Queued{#is 'running'}Running{#is 'done'}Done{#is 'failed'}Failed{#is 'cancelled'}Cancelled{#is 'interrupted'}Interrupted{#else}{status}{/when}")
    String job_status(String status);

    @Message("{#when type}{#is 'products'}Products{#is 'product_models'}Product models{#is 'attributes'}Attributes{#is 'attribute_options'}Attribute options{#is 'attribute_groups'}Attribute groups{#is 'categories'}Categories{#is 'families'}Families{#is 'family_variants'}Family variants{#is 'channels'}Channels{#is 'association_types'}Association types{#else}{type}{/when}")
    String import_type(String type);

    @Message("{#when count}{#is 'created'}created{#is 'updated'}updated{#is 'unchanged'}unchanged{#is 'rejected'}rejected{#is 'skipped'}skipped{#is 'read'}read{#is 'warnings'}warnings{#else}{count}{/when}")
    String job_count(String count);

    @Message("The import cannot start:")
    String imp_refused();

    // connectors
    @Message("Connectors")
    String nav_connectors();

    @Message("Connectors")
    String con_title();

    @Message("No connector yet: put a definition in the connectors folder or send one to the API.")
    String con_none();

    @Message("Channel")
    String con_channel();

    @Message("Ready")
    String con_usable();

    @Message("Needs fixing")
    String con_unusable();

    @Message("Last run")
    String con_last_run();

    @Message("Never run")
    String con_never_run();

    @Message("Schedule")
    String con_schedule();

    @Message("on demand")
    String con_manual();

    @Message("All connectors")
    String con_all();

    @Message("This connector cannot run until its definition is fixed:")
    String con_problems();

    @Message("Run now")
    String con_run_now();

    @Message("Mode")
    String con_mode();

    @Message("Full: every selected product")
    String con_mode_full();

    @Message("Delta: only what changed since the last delivery")
    String con_mode_delta();

    @Message("Dry run: check the products without publishing")
    String con_dry_run();

    @Message("Start the run")
    String con_start();

    @Message("Runs")
    String con_runs();

    @Message("No run yet.")
    String con_no_run();

    @Message("Started")
    String con_started();

    @Message("Duration")
    String con_duration();

    @Message("Preview one product")
    String con_preview();

    @Message("What the connector would send for this product now; nothing is sent.")
    String con_preview_hint();

    @Message("Product identifier (SKU)")
    String con_preview_identifier();

    @Message("Show the output")
    String con_preview_show();

    @Message("Field")
    String con_field();

    @Message("Value")
    String con_value();

    @Message("Problem")
    String con_problem();

    @Message("Valid for this channel")
    String con_valid();

    @Message("Rejected by this channel")
    String con_invalid();

    @Message("Not in the connector's selection: a run would not send it.")
    String con_not_selected();

    @Message("Fix")
    String con_fix();

    @Message("Product")
    String con_product();

    @Message("Products left out")
    String con_errors();

    @Message("Run of {label}")
    String con_run_of(String label);

    @Message("Defined in")
    String con_origin();

    @Message("{#when mode}{#is 'delta'}delta{#else}full{/when}")
    String run_mode(String mode);

    @Message("{#when count}{#is 'selected'}selected{#is 'sent'}sent{#is 'unchanged'}unchanged{#is 'invalid'}invalid{#is 'removed'}removed{#else}{count}{/when}")
    String run_count(String count);

    @Message("{seconds} s")
    String run_duration(String seconds);

    // history
    @Message("History")
    String hist_title();

    @Message("Edit")
    String hist_tab_edit();

    @Message("Product pages")
    String hist_tabs();

    @Message("No change recorded yet.")
    String hist_none();

    @Message("Version {version}")
    String hist_version(long version);

    @Message("Before")
    String hist_before();

    @Message("After")
    String hist_after();

    @Message("Restore this value")
    String hist_restore();

    @Message("Put back the value this field had before this change")
    String hist_restore_hint();

    @Message("{field} is back to its previous value.")
    String hist_restored(String field);

    // exports
    @Message("Exports")
    String nav_exports();

    @Message("Export products")
    String exp_title();

    @Message("The export cannot start:")
    String exp_refused();

    @Message("File format")
    String exp_format();

    @Message("Family")
    String exp_family();

    @Message("All families")
    String exp_all_families();

    @Message("Channel")
    String exp_scope();

    @Message("All channels")
    String exp_all_channels();

    @Message("Locales")
    String exp_locales();

    @Message("None checked: every locale.")
    String exp_locales_hint();

    @Message("Start the export")
    String exp_start();

    @Message("Recent exports")
    String exp_recent();

    @Message("No export yet.")
    String exp_none();

    @Message("Download the file")
    String exp_download();

    @Message("All exports")
    String exp_all();
}
