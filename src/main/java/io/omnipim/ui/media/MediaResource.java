package io.omnipim.ui.media;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.omnipim.catalog.product.media.MediaFile;
import io.omnipim.catalog.product.media.MediaFileService;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.shell.UiPage;

/**
 * Product images for the screens (thumbnails, previews), behind the session cookie. Media files are
 * content-addressed and never change under a code, so the browser may keep them a day.
 */
@Path("/ui/media")
@UiPage
public class MediaResource {

    private final MediaFileService media;

    public MediaResource(MediaFileService media) {
        this.media = media;
    }

    @GET
    @Path("{code: .+}")
    @RolesAllowed(Role.VIEWER_NAME)
    @Produces(MediaType.WILDCARD)
    public Response image(@PathParam("code") String code) {
        MediaFile file = media.get(code);
        InputStream in = media.content(file);
        StreamingOutput body = out -> {
            try (in) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.mimeType()).header("Content-Length", file.size())
                .header("Cache-Control", "private, max-age=86400").build();
    }
}
