package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.Jsons;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * /api/products: the product and capacity categories as a flat list in reading order
 * (each category followed by its children), with the parent's slug and the depth, so a
 * client shows it indented or folds it into a tree.
 */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    private MatchmakingRepository repository;

    @Context
    private Request request;

    @GET
    public Response list() {
        List<ProductCategory> categories = CategoryTree.inReadingOrder(repository.categories());
        return ListCaching.answer(request, categories.stream().map(ProductCategory::getSourceHash).toList(), () -> {
            JsonArrayBuilder list = Jsons.array();
            categories.forEach(c -> list.add(json(c)));
            return list.build();
        });
    }

    private static JsonObjectBuilder json(ProductCategory category) {
        JsonObjectBuilder json = Jsons.object().add("slug", category.getSlug()).add("name", category.getName());
        if (category.getParent() == null) {
            json.addNull("parent");
        } else {
            json.add("parent", category.getParent().getSlug());
        }
        json.add("depth", category.getDepth()).add("unit", category.getUnit().code());
        if (category.getCpv() == null) {
            json.addNull("cpv");
        } else {
            json.add("cpv", category.getCpv());
        }
        return json;
    }
}
