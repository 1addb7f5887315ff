package eu.clusterhub.announcement;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.account.Account;
import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.NotFound;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.rest.JsonInput;
import eu.clusterhub.platform.rest.PathIds;
import eu.clusterhub.platform.web.SiteUrl;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * /api/announcements: anyone reads published and archived ones; moderators also see
 * drafts, write, publish, archive and pin; members suggest ({@link AnnouncementPermissions}).
 * A draft is a 404 for everyone else, so its existence does not leak.
 */
@Path("announcements")
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementResource {

    @Inject
    private CurrentAccount me;

    @Inject
    private AnnouncementRepository repository;

    @Inject
    private AnnouncementService service;

    @Inject
    private SiteUrl siteUrl;

    @Context
    private UriInfo uri;

    @GET
    public JsonObject list() {
        AnnouncementQuery query = AnnouncementQuery.parse(uri.getQueryParameters()::getFirst, permissions().maySeeDrafts());
        ResultPage<Announcement> page = repository.find(query);
        JsonArrayBuilder items = Jsons.array();
        String base = siteUrl.base();
        page.items().forEach(a -> items.add(AnnouncementJson.summary(a, base)));
        return Jsons.object()
                .add("total", page.total())
                .add("page", page.page())
                .add("size", page.size())
                .add("items", items)
                .build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return AnnouncementJson.full(visible(id), siteUrl.base());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonValue body) {
        Account caller = moderator();
        return created(service.create(AnnouncementJson.input(body), caller));
    }

    @POST
    @Path("suggestions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response suggest(JsonValue body) {
        Account caller = me.require();
        return created(service.suggest(AnnouncementJson.input(body), caller));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(@PathParam("id") String id, JsonValue body) {
        Account caller = moderator();
        long announcementId = PathIds.of(id, "announcement");
        Long version = JsonInput.of(body).number("version");
        if (version == null) {
            throw ValidationFailed.of("version", "Send the version you edited (from GET), so no one's changes get lost");
        }
        try {
            service.update(announcementId, AnnouncementJson.input(body), version, caller);
        } catch (NothingChanged e) {
            // the stored announcement already is what was sent
        }
        return get(id);
    }

    @POST
    @Path("{id}/publish")
    public JsonObject publish(@PathParam("id") String id) {
        return full(service.publish(PathIds.of(id, "announcement"), moderator()));
    }

    @POST
    @Path("{id}/archive")
    public JsonObject archive(@PathParam("id") String id) {
        return full(service.archive(PathIds.of(id, "announcement"), moderator()));
    }

    @POST
    @Path("{id}/pin")
    public JsonObject pin(@PathParam("id") String id) {
        return full(service.pin(PathIds.of(id, "announcement"), moderator()));
    }

    @POST
    @Path("{id}/unpin")
    public JsonObject unpin(@PathParam("id") String id) {
        return full(service.unpin(PathIds.of(id, "announcement"), moderator()));
    }

    @GET
    @Path("{id}/revisions")
    public JsonObject revisions(@PathParam("id") String id) {
        JsonArrayBuilder list = Jsons.array();
        service.revisions(PathIds.of(id, "announcement"), moderator()).forEach(r -> list.add(AnnouncementJson.revision(r)));
        return Jsons.object().add("items", list).build();
    }

    @GET
    @Path("{id}/revisions/{number}")
    public JsonObject revision(@PathParam("id") String id, @PathParam("number") String number) {
        long announcementId = PathIds.of(id, "announcement");
        moderator();
        int n = (int) Math.min(PathIds.of(number, "announcement"), Integer.MAX_VALUE);
        AnnouncementRevision revision = repository.revision(announcementId, n)
                .orElseThrow(() -> new NotFound("No such revision"));
        Snapshot before = repository.revision(announcementId, n - 1).map(AnnouncementRevision::getSnapshot).orElse(null);
        return AnnouncementJson.diff(revision, RevisionDiff.between(before, revision.getSnapshot()));
    }

    private Response created(Announcement announcement) {
        return Response.created(uri.getBaseUriBuilder().path("announcements").path(Long.toString(announcement.getId())).build())
                .entity(full(announcement)).build();
    }

    private JsonObject full(Announcement announcement) {
        return AnnouncementJson.full(announcement, siteUrl.base());
    }

    private Announcement visible(String id) {
        Announcement announcement = repository.byId(PathIds.of(id, "announcement")).orElseThrow(() -> new NotFound("No such announcement"));
        permissions().maySee(announcement).check();
        return announcement;
    }

    private AnnouncementPermissions permissions() {
        return AnnouncementPermissions.of(me.getAccount());
    }

    /** The caller, when a moderator: the early check, before any input is read. */
    private Account moderator() {
        Account caller = me.require();
        AnnouncementPermissions.of(caller).mayWrite().check();
        return caller;
    }
}
