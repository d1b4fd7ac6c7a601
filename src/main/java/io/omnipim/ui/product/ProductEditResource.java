package io.omnipim.ui.product;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The product edit form: attributes by group in a channel and locale, saved with htmx (Ctrl+S too), and an image
 * upload per image attribute. Viewers see the same page without the controls, and the server refuses their saves.
 */
@Path("/ui/products/{identifier}")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class ProductEditResource {

    static final String EDITOR = "editor";

    private final ProductEditService products;
    private final ProductImageUpload images;
    private final UiContext ui;
    private final SecurityIdentity identity;

    public ProductEditResource(ProductEditService products, ProductImageUpload images, UiContext ui,
            SecurityIdentity identity) {
        this.products = products;
        this.images = images;
        this.ui = ui;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance edit(Shell shell, EditorView page);

        static native TemplateInstance edit$editor(EditorView page);
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance page(@PathParam("identifier") String identifier, @QueryParam("channel") String channel,
            @QueryParam("locale") String locale) {
        return show(products.view(identifier, channel, locale, ui.shell("products")));
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance save(@PathParam("identifier") String identifier, MultivaluedMap<String, String> form) {
        Map<String, List<String>> fields = Map.copyOf(form);
        long version = Long.parseLong(form.getFirst("version"));
        return show(products.save(identifier, version, form.getFirst("channel"), form.getFirst("locale"), fields,
                ui.shell("products"), Author.of(identity)));
    }

    @POST
    @Path("image")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance image(@PathParam("identifier") String identifier, @RestForm String attribute,
            @RestForm String channel, @RestForm String locale, @RestForm("file") FileUpload file) {
        Shell shell = ui.shell("products");
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return show(images.refused(identifier, attribute, channel, locale, shell, null));
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return show(images.upload(identifier, attribute, channel, locale, file.fileName(), file.contentType(), in,
                    shell));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded image", e);
        }
    }

    private TemplateInstance show(EditorView page) {
        TemplateInstance view = ui.fragmentFor(EDITOR)
                ? Templates.edit$editor(page)
                : Templates.edit(page.shell(), page);
        return view.setLocale(page.shell().locale());
    }
}
