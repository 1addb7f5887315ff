package eu.clusterhub.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.DeployedPortal;
import eu.clusterhub.testsupport.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The managed lists of matchmaking over HTTP, as the bundled content/ imported them at start-up. */
class ProductsApiIT extends DeployedPortal {

    private Api anonymous;

    @BeforeEach
    void client() {
        anonymous = Api.anonymous(base);
    }

    @Test
    void productsAreAFlatListInReadingOrderWithParentDepthUnitAndCpv() {
        Api.Reply reply = anonymous.get("products");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        List<JsonObject> products = ((JsonArray) reply.structure()).getValuesAs(JsonObject.class);
        Map<String, JsonObject> bySlug = new HashMap<>();
        products.forEach(p -> bySlug.put(p.getString("slug"), p));

        JsonObject valves = bySlug.get("ventilator-valves");
        assertThat(valves.getString("name")).isEqualTo("Valves for ventilators");
        assertThat(valves.getString("parent")).isEqualTo("ventilator-parts");
        assertThat(valves.getInt("depth")).isEqualTo(3);
        assertThat(valves.getString("unit")).isEqualTo("pieces");
        assertThat(valves.get("cpv")).isEqualTo(JsonValue.NULL);
        JsonObject root = bySlug.get("respiratory-devices");
        assertThat(root.get("parent")).isEqualTo(JsonValue.NULL);
        assertThat(root.getInt("depth")).isEqualTo(1);
        assertThat(root.getString("cpv")).isEqualTo("33157000");
        assertThat(bySlug.get("surgical-gloves").getString("unit")).isEqualTo("pairs");

        // reading order: a category comes after its parent, with only the parent's other descendants between them
        List<String> slugs = products.stream().map(p -> p.getString("slug")).toList();
        for (int i = 0; i < products.size(); i++) {
            JsonObject product = products.get(i);
            if (product.get("parent") == JsonValue.NULL) {
                assertThat(product.getInt("depth")).isEqualTo(1);
                continue;
            }
            int parentAt = slugs.indexOf(product.getString("parent"));
            int parentDepth = products.get(parentAt).getInt("depth");
            assertThat(parentAt).as(product.getString("slug")).isLessThan(i);
            assertThat(product.getInt("depth")).isEqualTo(parentDepth + 1);
            assertThat(products.subList(parentAt + 1, i)).allSatisfy(between -> assertThat(between.getInt("depth")).isGreaterThan(parentDepth));
        }
        assertThat(products).extracting(p -> p.getString("slug")).startsWith("respiratory-devices", "ventilators", "ventilator-parts",
                "ventilator-valves", "breathing-tubing", "protective-equipment", "masks", "ffp2-masks");
    }

    @Test
    void certificationsComeInTheOrderOfTheFileWithTheirDescription() {
        Api.Reply reply = anonymous.get("certifications");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> certifications = ((JsonArray) reply.structure()).getValuesAs(JsonObject.class);
        assertThat(certifications).extracting(c -> c.getString("slug"))
                .startsWith("ce-marking", "en-149", "en-14683", "en-455")
                .contains("en-14126", "en-166", "iso-13485", "iso-9001");
        JsonObject en149 = certifications.get(1);
        assertThat(en149.getString("name")).isEqualTo("EN 149");
        assertThat(en149.getString("description")).contains("FFP2");
    }

    @Test
    void theListsArePublicAndRevalidatedByTheirTag() {
        for (String list : List.of("products", "certifications")) {
            HttpResponse<String> first = Http.send(request(list));
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("public").doesNotContain("private"));
            String tag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = Http.send(request(list).header("If-None-Match", tag));
            assertThat(again.statusCode()).as("%s unchanged since the first read", list).isEqualTo(304);
            assertThat(again.body()).isEmpty();

            HttpResponse<String> other = Http.send(request(list).header("If-None-Match", "\"something-else\""));
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.body()).isEqualTo(first.body());
        }
    }

    private HttpRequest.Builder request(String list) {
        return HttpRequest.newBuilder(Http.resolve(base, "api/" + list)).timeout(Duration.ofSeconds(30)).GET();
    }
}
