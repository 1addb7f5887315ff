package eu.clusterhub.search;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.rest.PathIds;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * POST /api/admin/search/reindex starts a rebuild of the search index (202 with the job and
 * its Location); GET /api/admin/search/reindex/{id} reports its progress. Admins only.
 */
@Path("admin/search/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSearchResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private ReindexJobs jobs;

    @Context
    private UriInfo uri;

    @POST
    public Response start() {
        ReindexJobs.Job job = jobs.start(me.require());
        return Response.accepted(json(job)).location(uri.getAbsolutePathBuilder().path(Long.toString(job.id())).build()).build();
    }

    @GET
    @Path("{id}")
    public JsonObject progress(@PathParam("id") String id) {
        return json(jobs.job(PathIds.of(id, "job"), me.require()).orElseThrow(() -> new NotFound("No such rebuild")));
    }

    static JsonObject json(ReindexJobs.Job job) {
        return Jsons.object()
                .add("id", job.id())
                .add("status", job.status())
                .add("queued", job.queued())
                .add("done", job.done())
                .add("percent", job.percent())
                .add("removed", job.removed())
                .add("startedAt", job.startedAt().toString())
                .add("finishedAt", job.finishedAt() == null ? JsonValue.NULL : Jsons.value(job.finishedAt().toString()))
                .build();
    }
}
