package io.omnipim.catalog.product.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.web.HalPage;

/**
 * Akeneo's product media files API: upload a file into a product or product model value, list, read, download.
 * Codes contain slashes ({@code a/b/c/d/<id>_name.jpg}), hence the regular-expression paths; the download path has
 * a literal suffix, so it ranks before the plain code path.
 */
@Path("/api/rest/v1/media-files")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class MediaFileResource {

    private final MediaFileService media;
    private final ObjectMapper json;

    public MediaFileResource(MediaFileService media, ObjectMapper json) {
        this.media = media;
        this.json = json;
    }

    @GET
    public HalPage<MediaFileView> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
            @QueryParam("with_count") @DefaultValue("false") boolean withCount, @Context UriInfo uri) {
        List<MediaFileView> items = media.page(page, limit).stream()
                .map(f -> MediaFileView.of(f, url(uri, f.code()), true)).toList();
        Long count = withCount ? media.count() : null;
        return HalPage.paged(uri.getAbsolutePath().toString(), page, limit, items, count);
    }

    @GET
    @Path("{code: .+}")
    public MediaFileView get(@PathParam("code") String code, @Context UriInfo uri) {
        MediaFile file = media.get(code);
        return MediaFileView.of(file, url(uri, file.code()), false);
    }

    @GET
    @Path("{code: .+}/download")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("code") String code) {
        MediaFile file = media.get(code);
        InputStream in = media.content(file);
        StreamingOutput body = out -> {
            try (in) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.mimeType()).header("Content-Length", file.size())
                .header("Content-Disposition", attachment(file.originalFilename()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("product") String product,
            @RestForm("product_model") String productModel, @Context UriInfo uri) {
        MediaTarget target = target(product, productModel);
        if (file == null || file.uploadedFile() == null) {
            throw new PimException(422, "Property \"file\" is required.");
        }
        MediaFile created;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            created = media.upload(file.fileName(), file.contentType(), in, target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
        return Response.created(URI.create(url(uri, created.code()))).build();
    }

    private MediaTarget target(String product, String productModel) {
        if (product != null && productModel != null) {
            throw new PimException(422, "You should give either a \"product\" or a \"product_model\" key.");
        }
        if (product == null && productModel == null) {
            throw new PimException(422,
                    "You should at least give one of the following properties: \"product\" or \"product_model\".");
        }
        return product != null
                ? MediaTargetPart.read(json, product, false)
                : MediaTargetPart.read(json, productModel, true);
    }

    private static String url(UriInfo uri, String code) {
        return uri.getBaseUriBuilder().path("api/rest/v1/media-files").build() + "/" + code;
    }

    /** Akeneo's header, made safe: quotes and non-ASCII replaced, the exact name in filename* for clients that read it. */
    static String attachment(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String header = "attachment; filename=\"" + ascii + "\"";
        if (!ascii.equals(filename)) {
            header += "; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return header;
    }
}
