package eu.clusterhub.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a browser holds after signing in through the sign-in form: a session cookie, and nothing else. */
public final class SignedInSession {

    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final URL base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private SignedInSession(URL base) {
        this.base = base;
    }

    public static SignedInSession of(URL base, String email, String password) {
        SignedInSession session = new SignedInSession(base);
        session.signIn(email, password);
        return session;
    }

    /** A request to a path under the base URL, sent with the session cookie. */
    public HttpResponse<String> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> request) {
        try {
            return client.send(request.apply(HttpRequest.newBuilder(Http.resolve(base, path)))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void signIn(String email, String password) {
        HttpResponse<String> form = send("signin", HttpRequest.Builder::GET);
        String signin = form.body().substring(form.body().indexOf("<form id=\"signin\""));
        signin = signin.substring(0, signin.indexOf("</form>"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(signin);
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
            }
        }
        fields.put("signin:email", email);
        fields.put("signin:password", password);
        fields.put("signin:submit", "Sign in");
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = send("signin", r -> r.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (signedIn.statusCode() != 302) {
            throw new AssertionError("sign-in of " + email + " failed: " + signedIn.statusCode());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
