package io.omnipim.ui.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.omnipim.platform.security.Role;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The dashboard: how big the catalog is and how complete, per channel and locale. */
@Path("/ui/dashboard")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    private final DashboardService dashboard;
    private final UiContext ui;

    public DashboardResource(DashboardService dashboard, UiContext ui) {
        this.dashboard = dashboard;
        this.ui = ui;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance dashboard(Shell shell, DashboardView page);
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance page() {
        Shell shell = ui.shell("dashboard");
        return Templates.dashboard(shell, dashboard.view(shell)).setLocale(shell.locale());
    }
}
