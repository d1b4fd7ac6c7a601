package io.omnipim.platform.errors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, with internals in the exception. */
@Path("/api/rest/v1/test-failure")
@RolesAllowed("viewer")
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("SELECT secret FROM pim_user at io.omnipim.Internal");
    }
}
