package eu.clusterhub.platform;

import eu.clusterhub.testsupport.DeployedPortal;
import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.DeclaredFeatures;
import eu.clusterhub.platform.web.Section;
import eu.clusterhub.testsupport.Boards;
import eu.clusterhub.testsupport.HtmlChecker;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The WAR deployed on Payara Micro against MariaDB: start-up, schema, seed, pages, health. */
class FoundationIT extends DeployedPortal {

    @Test
    void readinessIsUpWithDatabaseAndContentChecks() {
        HttpResponse<String> response = Http.getFromRoot(base, "/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = Http.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        List<String> checks = health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(check -> check.getString("status").equals("UP"))
                .map(check -> check.getString("name"))
                .toList();
        assertThat(checks).contains("database", "content");
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = Http.getFromRoot(base, "/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).getString("status")).isEqualTo("UP");
    }

    @Test
    void everyMigrationInTheSourceTreeWasAppliedSuccessfully() throws Exception {
        List<String> expected = migrationVersions();
        List<String> applied = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                assertThat(rs.getBoolean("success")).as("migration %s succeeded", rs.getString("version")).isTrue();
                applied.add(rs.getString("version"));
            }
        }
        assertThat(applied).containsExactlyElementsOf(expected);
    }

    @Test
    void theEightSeedBoardsAreInTheDatabaseInOrder() throws Exception {
        List<Boards.Row> boards = Boards.all();

        // in order; boards that other test classes added may come between (the database lives for the run)
        assertThat(boards).extracting(Boards.Row::slug).filteredOn(Boards.SEED_SLUGS::contains).containsExactlyElementsOf(Boards.SEED_SLUGS);
        assertThat(boards).extracting(Boards.Row::name).containsSubsequence(Boards.SEED_NAMES);
        assertThat(boards).allSatisfy(board -> assertThat(board.description()).isNotBlank());
    }

    @Test
    void homePageListsTheEightBoardsWithLinks() {
        HttpResponse<String> home = Http.get(base, "");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(home.body()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\"");
        for (int i = 0; i < Boards.SEED_SLUGS.size(); i++) {
            assertThat(home.body())
                    .contains("href=\"" + base.getPath() + "boards/" + Boards.SEED_SLUGS.get(i) + "\"")
                    .contains(Boards.SEED_NAMES.get(i).replace("&", "&amp;"));
        }
    }

    @Test
    void theStaticPagesComeFromContentRenderedFromMarkdown() {
        HttpResponse<String> terms = Http.get(base, "pages/terms");

        assertThat(terms.statusCode()).isEqualTo(200);
        assertThat(terms.body()).contains("<h1>Terms of use</h1>").contains("<h2>What you post</h2>").contains("<li>");
        assertThat(Http.get(base, "pages/privacy").body()).contains("<h1>Privacy notice</h1>");
        assertThat(Http.get(base, "").body()).contains("/pages/terms\"", "/pages/privacy\"", "/pages/about\"");
        assertThat(Http.get(base, "pages/no-such-page").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "pages").statusCode()).isEqualTo(404);
    }

    @Test
    void aBoardHasItsOwnPage() {
        HttpResponse<String> board = Http.get(base, "boards/funding");

        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("<h1>Funding</h1>").contains("EU, national and regional funding calls");
    }

    @Test
    void unknownPathsGetTheFriendly404WithoutInternals() {
        for (String path : List.of("no-such-page", "boards/no-such-board", "boards/funding/deeper", "announcements/x",
                "views/forum/boards.xhtml", "errors/500.xhtml", "WEB-INF/web.xml")) {
            HttpResponse<String> response = Http.get(base, path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path)
                    .contains("We could not find that page")
                    .contains("Go to the home page")
                    .doesNotContain("Exception", "at eu.clusterhub", "Payara", "GlassFish");
        }
    }

    @Test
    void aFailureInsideThePortalGetsTheFriendly500WithoutInternals() {
        // a postback carrying a view state the server never issued makes Faces throw
        HttpResponse<String> response = Http.post(base, "boards/funding", "jakarta.faces.ViewState=forged&x=1");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Something went wrong on our side")
                .doesNotContain("Exception", "at jakarta.", "Mojarra", "Payara", "GlassFish");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("", "boards/funding", "signin", "no-such-page", "api/me")) {
            HttpResponse<String> response = Http.get(base, path);
            var headers = response.headers();

            assertThat(headers.allValues("Content-Security-Policy")).as(path)
                    .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"))
                    .noneSatisfy(csp -> assertThat(csp).contains("script-src 'unsafe-inline'"))
                    .noneSatisfy(csp -> assertThat(csp).contains("script-src 'self' 'unsafe-inline'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        }
        assertThat(Http.get(base, "api/me").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("default-src 'none'"));
        HttpResponse<String> home = Http.get(base, "");
        assertThat(home.headers().allValues("Content-Security-Policy")).anySatisfy(csp -> assertThat(csp).contains("object-src 'none'"));
        assertThat(home.headers().allValues("Content-Security-Policy"))
                .as("PrimeFaces' policy allows only scripts with this response's nonce")
                .anySatisfy(csp -> assertThat(csp).matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?"));
    }

    @Test
    void hstsIsSentBehindATlsProxyAndTheSessionCookieIsLocked() {
        HttpResponse<String> behindProxy = Http.send(java.net.http.HttpRequest.newBuilder(Http.resolve(base, ""))
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(behindProxy.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));

        HttpResponse<String> signIn = Http.get(base, "signin");
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie.toLowerCase())
                .startsWith("jsessionid=").contains("httponly").contains("samesite=lax"));
    }

    @Test
    void anonymousReadersGetNoSessionAndFormsGetOne() {
        for (String path : List.of("", "boards", "boards/funding", "announcements", "pages/terms", "no-such-page")) {
            HttpResponse<String> page = Http.get(base, path);

            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(page.body()).as(path).doesNotContain("jakarta.faces.ViewState");
        }
        HttpResponse<String> signIn = Http.get(base, "signin");
        assertThat(signIn.headers().allValues("Set-Cookie")).isNotEmpty();
        assertThat(signIn.body()).containsPattern("name=\"jakarta.faces.ViewState\"[^>]*value=\"-?[0-9]+:-?[0-9]+\"");
    }

    @Test
    void everyPageThatNeedsARoleSendsAnonymousVisitorsToSignInAndNoOtherDoes() {
        for (Section section : DeclaredFeatures.cleanUrls().sections()) {
            String path = section.path().substring(1) + (section.listView() == null ? "/1" : "");
            HttpResponse<String> page = Http.get(base, path);

            Optional<String> location = page.headers().firstValue("Location");
            if (section.access() == Access.ANYONE) {
                assertThat(location).as(path).isEmpty();
            } else {
                assertThat(page.statusCode()).as(path).isEqualTo(302);
                assertThat(location).as(path).hasValueSatisfying(to -> assertThat(to)
                        .endsWith("/signin?next=" + URLEncoder.encode("/" + path, StandardCharsets.UTF_8)));
            }
        }
        // the admin and moderation areas guard undeclared paths too
        for (String path : List.of("admin/no-such-page", "moderation/no-such-page")) {
            assertThat(Http.get(base, path).headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(to -> assertThat(to).contains("/signin?next="));
        }
    }

    @Test
    void navigationPagesAnswer() {
        for (String path : List.of("boards", "announcements", "search?q=ventilator", "signin")) {
            assertThat(Http.get(base, path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void everyPageIsValidHtml5() {
        for (String path : List.of("", "boards", "boards/funding", "announcements", "search?q=valves+%26+masks", "signin", "no-such-page",
                "pages/about", "pages/terms", "pages/privacy")) {
            HttpResponse<String> page = Http.get(base, path);

            assertThat(HtmlChecker.errors(page.body())).as("HTML errors on /%s", path).isEmpty();
        }
    }

    @Test
    void versionedStaticAssetsAreCachedForAYear() {
        HttpResponse<String> home = Http.get(base, "");
        String stylesheet = home.body().lines()
                .flatMap(line -> Stream.of(line.split("\"")))
                .filter(part -> part.contains("site.css"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("home page links no site.css"))
                .replace("&amp;", "&");
        assertThat(stylesheet).contains("v=");

        HttpResponse<String> css = Http.getFromRoot(base, stylesheet);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    private static List<String> migrationVersions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.+\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                    .toList();
        }
    }
}
