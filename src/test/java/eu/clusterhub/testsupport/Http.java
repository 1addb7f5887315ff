package eu.clusterhub.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for black-box tests: no redirects followed, nothing hidden. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Http() {
    }

    /** GET of a path relative to the deployment's base URL (e.g. "boards/funding"). */
    public static HttpResponse<String> get(URL base, String path) {
        return send(HttpRequest.newBuilder(resolve(base, path)).GET());
    }

    /** POST of a form (application/x-www-form-urlencoded) to a path relative to the base URL. */
    public static HttpResponse<String> post(URL base, String path, String form) {
        return send(HttpRequest.newBuilder(resolve(base, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** GET of an absolute path on the deployment's host (e.g. "/health/ready"). */
    public static HttpResponse<String> getFromRoot(URL base, String absolutePath) {
        return send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + absolutePath)).GET());
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The base URL as text, always ending in "/", so paths can be appended. */
    public static String root(URL base) {
        String text = base.toExternalForm();
        return text.endsWith("/") ? text : text + "/";
    }

    public static URI resolve(URL base, String path) {
        String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/";
        return URI.create(root + path);
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
