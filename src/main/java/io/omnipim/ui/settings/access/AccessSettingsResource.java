package io.omnipim.ui.settings.access;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.ConnectionService;
import io.omnipim.platform.security.ConnectionView;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.security.UserService;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsForm;
import io.omnipim.ui.settings.SettingsPages;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Settings › Users and Settings › API connections, for administrators only (as the API): users with their roles,
 * a new user, a role change; connections, a new one (its secret shown once), revoking one.
 */
@Path("/ui/settings")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AccessSettingsResource {

    static final String NAV = "settings";
    /** More than any team has; the API pages further. */
    static final int MAX_ROWS = 500;

    private final UserService users;
    private final ConnectionService connections;
    private final UiContext ui;

    public AccessSettingsResource(UserService users, ConnectionService connections, UiContext ui) {
        this.users = users;
        this.connections = connections;
        this.ui = ui;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance users(Shell shell, AccessPage page);

        static native TemplateInstance connections(Shell shell, AccessPage page);
    }

    @GET
    @Path("users")
    public TemplateInstance users(@QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return usersPage(shell, SettingsForm.empty(), saved).setLocale(shell.locale());
    }

    private TemplateInstance usersPage(Shell shell, SettingsForm form, String saved) {
        return Templates.users(shell, new AccessPage(users.list(1, MAX_ROWS), List.of(), form, null, saved));
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createUser(MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        SettingsForm shown = SettingsForm.of(withoutPassword(input));
        try {
            return SettingsPages.saved("/ui/settings/users", users.create(AccessForms.newUser(input)).username());
        } catch (PimException e) {
            return SettingsPages.refused(usersPage(shell, shown.refused(e), null), shell.locale());
        } catch (ConstraintViolationException e) {
            return SettingsPages.refused(usersPage(shell, shown.refused(e), null), shell.locale());
        }
    }

    @POST
    @Path("users/{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRole(@PathParam("username") String username, MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        try {
            users.update(username, AccessForms.roleChange(FormInput.of(form)));
            return SettingsPages.saved("/ui/settings/users", username);
        } catch (ConstraintViolationException e) {
            return SettingsPages.refused(usersPage(shell, SettingsForm.empty().refused(e), null), shell.locale());
        }
    }

    /** The typed password is never sent back to the browser. */
    private static java.util.Map<String, List<String>> withoutPassword(FormInput input) {
        java.util.Map<String, List<String>> values = new java.util.LinkedHashMap<>(input.values());
        values.remove("password");
        return values;
    }

    @GET
    @Path("connections")
    public TemplateInstance connections(@QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return connectionsPage(shell, SettingsForm.empty(), null, saved).setLocale(shell.locale());
    }

    private TemplateInstance connectionsPage(Shell shell, SettingsForm form, ConnectionView created, String saved) {
        return Templates.connections(shell,
                new AccessPage(List.of(), connections.list(1, MAX_ROWS), form, created, saved));
    }

    /** Answers the page itself (no redirect): the secret exists only in this answer, which is not cached. */
    @POST
    @Path("connections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createConnection(MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        try {
            ConnectionView created = connections.create(AccessForms.newConnection(input), shell.username(), null,
                    null);
            return Response.ok(connectionsPage(shell, SettingsForm.empty(), created, null).setLocale(shell.locale()))
                    .header("Cache-Control", "no-store").build();
        } catch (PimException e) {
            return SettingsPages.refused(connectionsPage(shell, SettingsForm.of(input.values()).refused(e), null,
                    null), shell.locale());
        } catch (ConstraintViolationException e) {
            return SettingsPages.refused(connectionsPage(shell, SettingsForm.of(input.values()).refused(e), null,
                    null), shell.locale());
        }
    }

    /** Deletes the connection: its tokens stop working at once. */
    @POST
    @Path("connections/{code}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("code") String code) {
        connections.delete(code);
        return SettingsPages.saved("/ui/settings/connections", code);
    }
}
