package eu.clusterhub.forum;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import eu.clusterhub.platform.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.util.Map;

/** /api/posts/{id}: edit, delete, accept as solution, mark helpful, and the edit history. */
@Path("posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private PostService service;

    @Inject
    private ForumRepository repository;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject edit(@PathParam("id") String id, JsonValue body) {
        Account caller = me.require();
        JsonInput in = JsonInput.of(body);
        Long version = in.number("version");
        if (version == null) {
            throw ValidationFailed.of("version", "Send the version you edited, so no one's changes get lost");
        }
        Post post = service.edit(PathIds.of(id, "post"), in.text("body"), in.text("language"), version, caller);
        return ForumJson.post(post, Map.of(caller.getId(), caller)).build();
    }

    @DELETE
    @Path("{id}")
    public JsonObject delete(@PathParam("id") String id) {
        Account caller = me.require();
        return ForumJson.post(service.delete(PathIds.of(id, "post"), caller), Map.of()).build();
    }

    @POST
    @Path("{id}/accept")
    public JsonObject accept(@PathParam("id") String id) {
        ForumThread thread = service.accept(PathIds.of(id, "post"), me.require());
        return Jsons.object().add("threadId", thread.getId()).add("acceptedPostId", thread.getAcceptedPostId())
                .add("solved", thread.isSolved()).build();
    }

    @POST
    @Path("{id}/helpful")
    public JsonObject helpful(@PathParam("id") String id) {
        PostService.HelpfulMark mark = service.helpful(PathIds.of(id, "post"), me.require());
        return Jsons.object().add("postId", mark.post().getId()).add("helpful", mark.marked())
                .add("helpfulCount", mark.post().getHelpfulCount()).build();
    }

    @GET
    @Path("{id}/revisions")
    public JsonObject revisions(@PathParam("id") String id) {
        Post post = repository.post(PathIds.of(id, "post")).filter(p -> !p.isDeleted() && p.isVisibleTo(me.get().orElse(null))).orElseThrow(() -> new NotFound("No such post"));
        JsonArrayBuilder list = Jsons.array();
        repository.revisions(post.getId()).forEach(r -> list.add(Jsons.object()
                .add("number", r.getNumber())
                .add("bodyMarkdown", r.getBodyMarkdown())
                .add("byModerator", r.isByModerator())
                .add("editedAt", r.getEditedAt().atOffset(ZoneOffset.UTC).toString())));
        return Jsons.object().add("postId", post.getId()).add("items", list).build();
    }
}
