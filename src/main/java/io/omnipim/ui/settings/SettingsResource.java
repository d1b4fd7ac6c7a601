package io.omnipim.ui.settings;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.omnipim.platform.security.Role;
import io.omnipim.ui.shell.UiPage;

/** The "Settings" entry of the main navigation opens its first screen, the attributes. */
@Path("/ui/settings")
@UiPage
@RolesAllowed(Role.VIEWER_NAME)
public class SettingsResource {

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/ui/settings/attributes")).build();
    }
}
