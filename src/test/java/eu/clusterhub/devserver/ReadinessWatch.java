package eu.clusterhub.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Decides when the portal is running: only when /health/ready answers UP. Payara Micro says
 * "ready" once it has tried its deployments, whether they worked or not, and a failed
 * deployment leaves it up serving 404s; so once it has said so, the portal gets a short
 * grace to turn ready, and is otherwise reported as failed.
 */
final class ReadinessWatch {

    enum Outcome { READY, NOT_READY, EXITED }

    // a request costs the server next to nothing; every poll skipped is time added to the start
    private static final Duration POLL = Duration.ofMillis(100);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI readiness;
    private final Duration grace;
    private final Duration limit;

    ReadinessWatch(URI readiness, Duration grace, Duration limit) {
        this.readiness = readiness;
        this.grace = grace;
        this.limit = limit;
    }

    /**
     * Waits until the portal is ready, the process ended, or it is clear that it will not
     * be ready: the server finished its deployments more than the grace ago, or the
     * whole limit passed.
     */
    Outcome await(BooleanSupplier alive, BooleanSupplier deploymentsDone) throws InterruptedException {
        long start = System.nanoTime();
        long doneAt = 0;
        while (true) {
            if (!alive.getAsBoolean()) {
                return Outcome.EXITED;
            }
            if (isUp()) {
                return Outcome.READY;
            }
            long now = System.nanoTime();
            if (doneAt == 0 && deploymentsDone.getAsBoolean()) {
                doneAt = now;
            }
            if ((doneAt != 0 && now - doneAt > grace.toNanos()) || now - start > limit.toNanos()) {
                return Outcome.NOT_READY;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The last answer of the readiness endpoint, for the message when it never became ready. */
    String lastAnswer() {
        try {
            HttpResponse<String> answer = get();
            return answer.statusCode() + " " + answer.body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private boolean isUp() throws InterruptedException {
        try {
            HttpResponse<String> answer = get();
            return answer.statusCode() == 200 && answer.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private HttpResponse<String> get() throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
