package io.omnipim.search.consistency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.omnipim.platform.security.Role;

/** Compares the search index with the catalog; {@code repair=true} fixes what differs. */
@Path("/api/rest/v1/search/consistency")
@Produces(MediaType.APPLICATION_JSON)
public class ConsistencyResource {

    private final ConsistencyCheck check;

    public ConsistencyResource(ConsistencyCheck check) {
        this.check = check;
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public ConsistencyReport check(@QueryParam("repair") @DefaultValue("false") boolean repair) {
        return check.run(repair);
    }
}
