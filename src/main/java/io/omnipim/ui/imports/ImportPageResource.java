package io.omnipim.ui.imports;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Imports: upload a CSV or XLSX file with its options, then follow the job live (htmx polls its progress every
 * second until it ends), read its errors by line and column, and download the rejected rows to fix them.
 */
@Path("/ui/imports")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_NAME)
public class ImportPageResource {

    static final String PROGRESS = "progress";

    private final ImportPageService imports;
    private final UiContext ui;
    private final SecurityIdentity identity;

    public ImportPageResource(ImportPageService imports, UiContext ui, SecurityIdentity identity) {
        this.imports = imports;
        this.ui = ui;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance imports(Shell shell, ImportPage page);

        static native TemplateInstance job(Shell shell, JobPanel job);

        static native TemplateInstance job$progress(Shell shell, JobPanel job);
    }

    @GET
    public TemplateInstance list() {
        Shell shell = ui.shell("imports");
        return Templates.imports(shell, imports.page(shell, null, List.of())).setLocale(shell.locale());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@RestForm("file") FileUpload file, @RestForm String type,
            @RestForm("dry_run") String dryRun) {
        Shell shell = ui.shell("imports");
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            return refused(shell, type, List.of(Texts.of(shell).imp_no_file()));
        }
        try {
            UUID id = imports.start(file.uploadedFile(), file.fileName(), type, dryRun != null, shell,
                    Author.of(identity));
            return Response.seeOther(URI.create("/ui/imports/" + id)).build();
        } catch (PimException e) {
            return refused(shell, type, ImportPageService.reasons(e));
        }
    }

    private Response refused(Shell shell, String type, List<String> errors) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.imports(shell, imports.page(shell, type, errors)).setLocale(shell.locale()))
                .build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance job(@PathParam("id") UUID id) {
        Shell shell = ui.shell("imports");
        JobPanel job = imports.job(id, shell);
        return (ui.fragmentFor(PROGRESS) ? Templates.job$progress(shell, job) : Templates.job(shell, job))
                .setLocale(shell.locale());
    }

    @GET
    @Path("{id}/rejected")
    @Produces(MediaType.WILDCARD)
    public Response rejected(@PathParam("id") UUID id) {
        imports.service().view(id);
        String name = imports.service().rejectedName(id);
        StreamingOutput body = out -> imports.service().writeRejected(id, out);
        String type = name.toLowerCase().endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8";
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\""
                + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }
}
