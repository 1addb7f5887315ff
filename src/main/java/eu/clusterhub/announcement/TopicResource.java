package eu.clusterhub.announcement;

import eu.clusterhub.platform.Jsons;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /api/topics: the managed list of announcement topics, in display order. */
@Path("topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    @Inject
    private AnnouncementRepository repository;

    @GET
    public JsonArray list() {
        JsonArrayBuilder list = Jsons.array();
        repository.topics().forEach(t -> list.add(Jsons.object().add("slug", t.getSlug()).add("name", t.getName())));
        return list.build();
    }
}
