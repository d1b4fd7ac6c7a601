package io.omnipim.syndication.core;

/**
 * A problem that keeps one product out of a channel (or that the channel reported).
 *
 * @param id the product identifier
 * @param field the channel's target field at fault, or null for the whole product
 * @param message what is wrong and how to fix it, for the person who edits the product
 */
public record ItemIssue(String id, String field, String message) {
}
