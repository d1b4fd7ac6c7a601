package io.omnipim.ui.settings.channels;

/** A locale or currency: its name, whether it is activated, and the channels that use it. */
public record ReferenceRow(String code, String name, boolean active, String channels) {
}
