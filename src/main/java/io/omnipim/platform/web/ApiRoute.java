package io.omnipim.platform.web;

import java.util.List;

/** One entry of {@code GET /api/rest/v1}: a route and its methods, as Akeneo lists them. */
public record ApiRoute(String name, String route, List<String> methods) {
}
