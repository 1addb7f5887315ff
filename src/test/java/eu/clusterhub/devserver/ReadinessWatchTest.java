package eu.clusterhub.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessWatchTest {

    private static final String UP = "{\"status\":\"UP\",\"checks\":[]}";
    private static final String NO_APPLICATION = "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"No Application deployed\"}]}";

    private final AtomicReference<String> answer = new AtomicReference<>(NO_APPLICATION);
    private HttpServer server;
    private ReadinessWatch watch;

    @BeforeEach
    void aHealthEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health/ready", exchange -> {
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get().equals(UP) ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        watch = new ReadinessWatch(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health/ready"),
                Duration.ofMillis(1200), Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void runningMeansReady() throws Exception {
        answer.set(UP);
        assertThat(watch.await(() -> true, () -> true)).isEqualTo(ReadinessWatch.Outcome.READY);
    }

    @Test
    void aPortalThatTurnsReadyWithinTheGraceIsRunning() throws Exception {
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(600);
            } catch (InterruptedException e) {
                return;
            }
            answer.set(UP);
        });
        later.start();
        assertThat(watch.await(() -> true, () -> true)).isEqualTo(ReadinessWatch.Outcome.READY);
    }

    @Test
    void aServerUpWithoutThePortalIsNotRunning() throws Exception {
        assertThat(watch.await(() -> true, () -> true)).isEqualTo(ReadinessWatch.Outcome.NOT_READY);
        assertThat(watch.lastAnswer()).startsWith("503").contains("No Application deployed");
    }

    @Test
    void aServerThatStoppedIsReportedAsSuch() throws Exception {
        assertThat(watch.await(() -> false, () -> false)).isEqualTo(ReadinessWatch.Outcome.EXITED);
    }
}
