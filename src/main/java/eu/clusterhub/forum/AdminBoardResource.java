package eu.clusterhub.forum;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.account.Role;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** /api/admin/boards: admins add, rename, archive and reorder boards. */
@Path("admin/boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminBoardResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private BoardAdministration administration;

    @Inject
    private ForumRepository repository;

    @Context
    private UriInfo uri;

    @POST
    public Response add(JsonValue body) {
        Account admin = me.require(Role.ADMIN);
        JsonInput in = JsonInput.of(body);
        Board board = administration.add(in.text("slug"), in.text("name"), in.text("description"), admin);
        return Response.created(uri.getBaseUriBuilder().path("boards").path(board.getSlug()).path("threads").build())
                .entity(json(board, Map.of())).build();
    }

    @PUT
    @Path("{slug}")
    public JsonObject rename(@PathParam("slug") String slug, JsonValue body) {
        Account admin = me.require(Role.ADMIN);
        JsonInput in = JsonInput.of(body);
        Long version = in.number("version");
        if (version == null) {
            throw ValidationFailed.of("version", "Send the version you edited, so no one's changes get lost");
        }
        Board board = administration.rename(slug, in.text("name"), in.text("description"), version, admin);
        return json(board, repository.boardStats());
    }

    @POST
    @Path("{slug}/{action: archive|unarchive}")
    public JsonObject archive(@PathParam("slug") String slug, @PathParam("action") String action) {
        Account admin = me.require(Role.ADMIN);
        return json(administration.archive(slug, "archive".equals(action), admin), repository.boardStats());
    }

    /** The new display order: {"slugs": [every board's slug, first to last]}. */
    @PUT
    @Path("order")
    public JsonArray reorder(JsonValue body) {
        Account admin = me.require(Role.ADMIN);
        List<Board> ordered = administration.reorder(JsonInput.of(body).texts("slugs"), admin);
        Map<Long, ForumRepository.BoardStats> stats = repository.boardStats();
        JsonArrayBuilder list = Jsons.array();
        ordered.forEach(b -> list.add(json(b, stats)));
        return list.build();
    }

    private static JsonObject json(Board board, Map<Long, ForumRepository.BoardStats> stats) {
        return ForumJson.board(board, stats.get(board.getId())).build();
    }
}
