package eu.clusterhub.search;

import eu.clusterhub.platform.Jsons;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;

/**
 * GET /api/search?q=&kind=&board=&type=&country=&tag=&category=&certification=&from=&to=&sort=relevance|newest&page=&size=
 * → {total, totalExact, tookMs, page, size, hits:[...], facets:{kind, board, type, country, category, certification, date},
 * facetsExact, partial}. Kinds: post, thread, announcement, offer, need (hits of listings lead to /offers/{id}, /needs/{id}).
 * (partial: the time budget ran out, hits and counts are what was found until then).
 * Every bad parameter is a 400 naming it; bad query syntax is never an error.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    private SearchService service;

    @Context
    private UriInfo uri;

    @GET
    public JsonObject search() {
        SearchRequest request = SearchRequest.parse(uri.getQueryParameters()::getFirst);
        SearchService.Result result = service.search(request);
        JsonArrayBuilder hits = Jsons.array();
        result.hits().forEach(h -> hits.add(hit(h)));
        JsonObjectBuilder facets = Jsons.object();
        result.facets().forEach((name, counts) -> {
            JsonObjectBuilder values = Jsons.object();
            counts.forEach(values::add);
            facets.add(name, values);
        });
        return Jsons.object()
                .add("total", result.total())
                .add("totalExact", result.totalExact())
                .add("tookMs", result.tookMs())
                .add("page", request.page())
                .add("size", request.size())
                .add("hits", hits)
                .add("facets", facets)
                .add("facetsExact", result.totalExact())
                .add("partial", result.partial())
                .build();
    }

    private static JsonObjectBuilder hit(SearchService.Hit h) {
        return Jsons.object()
                .add("kind", h.kind())
                .add("id", h.id())
                .add("threadId", h.threadId() == null ? JsonValue.NULL : Jsons.value(h.threadId()))
                .add("title", h.title())
                .add("snippet", h.snippet())
                .add("url", h.url())
                .add("score", h.score())
                .add("createdAt", h.createdAt().atOffset(ZoneOffset.UTC).toString())
                .add("language", h.language())
                .add("board", h.board() == null ? JsonValue.NULL : Jsons.value(h.board()))
                .add("organisation", h.organisation() == null ? JsonValue.NULL : Jsons.value(h.organisation()));
    }
}
