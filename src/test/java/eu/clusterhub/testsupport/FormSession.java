package eu.clusterhub.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps cookies and submits the portal's Faces forms with
 * their hidden fields (view state, PrimeFaces' CSP nonce), for black-box tests of sessions over plain HTTP.
 */
public final class FormSession {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final URL base;
    /** Kept by hand: a cookie marked Secure is still sent over the test's plain HTTP, as a browser behind a TLS proxy would. */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpClient client;
    private final Map<String, String> headers;

    public FormSession(URL base) {
        this(base, Map.of());
    }

    /** With headers sent on every request (e.g. what a reverse proxy adds). */
    public FormSession(URL base, Map<String, String> headers) {
        this.base = base;
        this.headers = Map.copyOf(headers);
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the sign-in page; returns the session cookie's value. */
    public String signIn(String email, String password) {
        HttpResponse<String> done = submit("signin", "signin", Map.of("signin:email", email, "signin:password", password,
                "signin:submit", "Sign in"));
        if (done.statusCode() != 302) {
            throw new AssertionError("sign-in failed: " + done.statusCode());
        }
        return sessionId().orElseThrow(() -> new AssertionError("no session cookie after sign-in"));
    }

    /** Opens the page, fills the form with that id and submits it. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields) {
        String page = get(path).body();
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(page);
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " on " + path);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(formId, formId);
        Matcher hidden = HIDDEN.matcher(form.group(1));
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                values.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        values.putAll(fields);
        String body = values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(Http.resolve(base, path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(Http.resolve(base, path)).GET());
    }

    /** Any request to a path under the base URL, sent with the session's cookies (e.g. an API call from a page). */
    public HttpResponse<String> send(String path, UnaryOperator<HttpRequest.Builder> request) {
        return send(request.apply(HttpRequest.newBuilder(Http.resolve(base, path))));
    }

    public Optional<String> sessionId() {
        return Optional.ofNullable(cookies.get("JSESSIONID"));
    }

    /** A request with nothing but the given session cookie: what a stolen or kept cookie gets. */
    public static HttpResponse<String> withSession(URL base, String path, String sessionId) {
        return Http.send(HttpRequest.newBuilder(Http.resolve(base, path)).header("Cookie", "JSESSIONID=" + sessionId).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
