package eu.clusterhub.matchmaking;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * /api/matchmaking: the overview for authorities. {@code summary} is public (sums only, no
 * need's owner); {@code export.csv} and {@code export.json} list the active needs one by
 * one, for moderators and admins. All three take {@code category} (a slug: that category
 * and everything below it) and {@code country} (an EU/EEA code).
 */
@Path("matchmaking")
public class OverviewResource {

    @Inject
    private OverviewService service;

    @Inject
    private CurrentAccount me;

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject summary(@QueryParam("category") String category, @QueryParam("country") String country) {
        return json(service.summary(service.filter(category, country)));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("category") String category, @QueryParam("country") String country) {
        List<OverviewRepository.ExportedNeed> needs = service.export(category, country, me.getAccount());
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            OverviewCsv.write(needs, writer);
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName("csv") + "\"").build();
    }

    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@QueryParam("category") String category, @QueryParam("country") String country) {
        List<OverviewRepository.ExportedNeed> needs = service.export(category, country, me.getAccount());
        JsonArrayBuilder items = Jsons.array();
        for (OverviewRepository.ExportedNeed need : needs) {
            items.add(Jsons.object().add("id", need.id()).add("title", need.title()).add("category", need.category())
                    .add("country", need.country()).add("region", text(need.region())).add("quantity", need.quantity())
                    .add("pledged", need.pledged()).add("remaining", Math.max(0, need.quantity() - need.pledged()))
                    .add("unit", need.unit()).add("neededBy", need.neededBy().toString()).add("status", need.status())
                    .add("organisation", text(need.organisation())));
        }
        return Response.ok(Jsons.object().add("total", needs.size()).add("items", items).build())
                .header("Content-Disposition", "attachment; filename=\"" + fileName("json") + "\"").build();
    }

    private static String fileName(String extension) {
        return "clusterhub-needs-" + OfferService.today() + "." + extension;
    }

    static JsonObject json(OverviewService.Summary summary) {
        JsonArrayBuilder rows = Jsons.array();
        for (OverviewService.Row row : summary.rows()) {
            rows.add(category(row.category()).add("country", row.country()).add("unit", row.unit().code()).add("need", row.need())
                    .add("capacityPerWeek", row.capacity()).add("gap", row.gap()).add("needs", row.needs())
                    .add("offers", row.offers()));
        }
        JsonArrayBuilder totals = Jsons.array();
        for (OverviewService.Total total : summary.totals()) {
            totals.add(category(total.category()).add("unit", total.unit().code()).add("need", total.need())
                    .add("capacityPerWeek", total.capacity()).add("gap", total.gap()));
        }
        JsonArrayBuilder oldest = Jsons.array();
        for (OverviewService.UnmetNeed need : summary.oldestUnmet()) {
            oldest.add(Jsons.object().add("id", need.id()).add("title", need.title()).add("category", need.category().getSlug())
                    .add("country", need.country()).add("remaining", need.remaining()).add("unit", need.unit().code())
                    .add("neededBy", need.neededBy().toString()).add("url", "/needs/" + need.id()));
        }
        ProductCategory chosen = summary.filter().category();
        return Jsons.object()
                .add("category", chosen == null ? JsonValue.NULL : Jsons.value(chosen.getSlug()))
                .add("country", text(summary.filter().country()))
                .add("today", summary.today().toString())
                .add("asOf", summary.asOf().toString())
                .add("rows", rows).add("totals", totals).add("oldestUnmet", oldest).build();
    }

    private static JsonObjectBuilder category(ProductCategory category) {
        return Jsons.object().add("category", category.getSlug()).add("categoryName", category.getName());
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Jsons.value(value);
    }
}
