package io.omnipim.syndication.webhook;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.omnipim.platform.security.Role;
import io.omnipim.syndication.core.connector.ConnectorService;

/** The webhook batches given up on after their retry window, newest first: what the shop never received. */
@Path("/api/rest/v1/connectors/{code}/dead-letters")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final OutgoingRepository outgoing;
    private final ConnectorService connectors;

    public DeadLetterResource(OutgoingRepository outgoing, ConnectorService connectors) {
        this.outgoing = outgoing;
        this.connectors = connectors;
    }

    /** One dead letter: the batch as it would have been POSTed, and the last error. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record DeadLetter(String batchId, int items, int attempts, String lastError, OffsetDateTime queuedAt,
            String body) {
    }

    @GET
    public List<DeadLetter> list(@PathParam("code") String code,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        connectors.get(code);
        return outgoing.dead(code, null, limit).stream().map(b -> new DeadLetter(b.batchId(), b.itemCount(),
                b.attempts(), b.lastError(), b.createdAt(), b.body())).toList();
    }
}
