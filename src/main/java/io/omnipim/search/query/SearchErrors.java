package io.omnipim.search.query;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.omnipim.platform.errors.PimException;
import io.omnipim.search.index.SearchUnavailable;

/** Elasticsearch down or overloaded is a 503 in the usual error shape, for every search endpoint. */
public class SearchErrors {

    @ServerExceptionMapper
    public Response unavailable(SearchUnavailable e) {
        PimException error = new PimException(503, "Search is unavailable for now: try again in a moment.");
        return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE).entity(error.body()).build();
    }
}
