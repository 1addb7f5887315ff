package eu.clusterhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.testsupport.Api;
import eu.clusterhub.testsupport.ArquillianOneClassAtATime;
import eu.clusterhub.testsupport.DatabaseProxy;
import eu.clusterhub.testsupport.Deployments;
import eu.clusterhub.testsupport.Http;
import eu.clusterhub.testsupport.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * When the database stops answering, the API answers 503 problems (also to a call with a
 * Bearer token, which is looked up before the API runs) and pages the "temporarily
 * unavailable" page, all with Retry-After and within a few seconds.
 * A server of its own ("outage" container, {@link TestDatabase#OUTAGE}): the test takes its
 * database away, which the shared server must never see. Its start-up runs beside the suite.
 */
@ExtendWith(ArquillianOneClassAtATime.class)
@Execution(ExecutionMode.CONCURRENT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(5);
    private static final String PORTAL = "outage";
    private static DatabaseProxy database;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = PORTAL, managed = false, testable = false)
    @TargetsContainer(PORTAL)
    static WebArchive portal() {
        return Deployments.war();
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
    }

    /** Started in a test, not before the class: other classes start meanwhile (see ArquillianOneClassAtATime). */
    @Test
    @Order(1)
    @Execution(ExecutionMode.SAME_THREAD)
    void thePortalStartsThroughTheProxy() throws SQLException {
        TestDatabase.prepare();
        String[] server = TestDatabase.OUTAGE.serverHostAndPort();
        database = DatabaseProxy.start(TestDatabase.OUTAGE.proxyPort(), server[0], Integer.parseInt(server[1]));
        deployer.deploy(PORTAL);
    }

    @Test
    @Order(2)
    @Execution(ExecutionMode.SAME_THREAD)
    void withoutItsDatabaseThePortalAnswers503WithRetryAfterWithinSeconds(@ArquillianResource @OperateOnDeployment(PORTAL) URL base) {
        try {
            checkOutage(base);
        } finally {
            deployer.undeploy(PORTAL);
        }
    }

    private void checkOutage(URL base) {
        assertThat(Http.get(base, "api/boards/funding/threads").statusCode()).isEqualTo(200);
        assertThat(Http.get(base, "boards/funding").statusCode()).isEqualTo(200);
        Api.Reply issued = Api.anonymous(base).post("tokens", "{\"email\":\"" + TestDatabase.ADMIN_EMAIL
                + "\",\"password\":\"" + TestDatabase.ADMIN_PASSWORD + "\",\"name\":\"outage\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        Api bearer = Api.anonymous(base).as(issued.json().getString("token"));
        assertThat(bearer.get("me").status()).isEqualTo(200);

        database.cut();

        long started = System.nanoTime();
        HttpResponse<String> api = Http.get(base, "api/boards/funding/threads");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("API answer time").isLessThan(A_FEW_SECONDS);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.json(api).getInt("status")).isEqualTo(503);

        // the token is looked up before any filter or resource runs, by the authentication mechanism
        started = System.nanoTime();
        Api.Reply withToken = bearer.get("me");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("Bearer answer time").isLessThan(A_FEW_SECONDS);
        assertThat(withToken.status()).as(withToken.toString()).isEqualTo(503);
        assertThat(withToken.contentType()).startsWith("application/problem+json");
        assertThat(withToken.response().headers().firstValue("Retry-After")).isPresent();
        assertThat(withToken.json().getString("title")).isEqualTo("Temporarily unavailable");

        started = System.nanoTime();
        HttpResponse<String> page = Http.get(base, "boards/funding");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("page answer time").isLessThan(A_FEW_SECONDS);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).contains("temporarily unavailable");

        assertThat(Http.getFromRoot(base, "/health/ready").statusCode()).as("readiness").isEqualTo(503);
    }
}
