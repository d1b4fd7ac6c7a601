package io.omnipim.ui.exports;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.imports.JobPanel;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Exports: choose what to export (products or models, CSV or XLSX, one family, a channel and its locales), follow
 * the job with the same live progress bar as imports, and download the file when it is done.
 */
@jakarta.ws.rs.Path("/ui/exports")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class ExportPageResource {

    static final String PROGRESS = "progress";

    private final ExportPageService exports;
    private final UiContext ui;
    private final SecurityIdentity identity;

    public ExportPageResource(ExportPageService exports, UiContext ui, SecurityIdentity identity) {
        this.exports = exports;
        this.ui = ui;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance exports(Shell shell, ExportPage page);

        static native TemplateInstance job(Shell shell, JobPanel job);

        static native TemplateInstance job$progress(Shell shell, JobPanel job);
    }

    @GET
    public TemplateInstance list() {
        Shell shell = ui.shell("exports");
        return Templates.exports(shell, exports.page(shell, List.of())).setLocale(shell.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String type, @RestForm String format, @RestForm String family,
            @RestForm String scope, @RestForm List<String> locales) {
        Shell shell = ui.shell("exports");
        try {
            UUID id = exports.start(new ExportPageService.Request(type, format, family, scope, locales),
                    Author.of(identity));
            return Response.seeOther(URI.create("/ui/exports/" + id)).build();
        } catch (PimException e) {
            List<String> errors = e.errors().isEmpty()
                    ? List.of(e.getMessage())
                    : e.errors().stream().map(FieldError::message).toList();
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.exports(shell, exports.page(shell, errors)).setLocale(shell.locale())).build();
        }
    }

    @GET
    @jakarta.ws.rs.Path("{id}")
    public TemplateInstance job(@PathParam("id") UUID id) {
        Shell shell = ui.shell("exports");
        JobPanel job = exports.job(id, shell);
        return (ui.fragmentFor(PROGRESS) ? Templates.job$progress(shell, job) : Templates.job(shell, job))
                .setLocale(shell.locale());
    }

    @GET
    @jakarta.ws.rs.Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") UUID id) {
        Path file = exports.file(id);
        String name = file.getFileName().toString();
        String type = name.endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : name.endsWith(".zip") ? "application/zip" : "text/csv; charset=UTF-8";
        return Response.ok(file.toFile(), type).header("Content-Disposition", "attachment; filename=\""
                + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }
}
