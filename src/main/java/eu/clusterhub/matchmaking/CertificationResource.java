package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Jsons;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** /api/certifications: the managed list of certifications, in the order of the file. */
@Path("certifications")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationResource {

    @Inject
    private MatchmakingRepository repository;

    @Context
    private Request request;

    @GET
    public Response list() {
        List<Certification> certifications = repository.certifications();
        return ListCaching.answer(request, certifications.stream().map(Certification::getSourceHash).toList(), () -> {
            JsonArrayBuilder list = Jsons.array();
            certifications.forEach(c -> list.add(Jsons.object().add("slug", c.getSlug()).add("name", c.getName())
                    .add("description", c.getDescription())));
            return list.build();
        });
    }
}
