package eu.clusterhub.platform.web;

import eu.clusterhub.platform.DatabaseUnavailable;
import eu.clusterhub.platform.EventLog;
import eu.clusterhub.platform.rest.Problems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs every request that fails with an exception as one structured line (plus the stack
 * trace for the operator), then lets the container show the friendly 500 page. A failure
 * because the database does not answer is a 503 with Retry-After instead, shown as the
 * "temporarily unavailable" page (a problem on the API): nothing is wrong with the request,
 * it may be tried again.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestFailureLog extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RequestFailureLog.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            Throwable root = rootCause(e);
            if (DatabaseUnavailable.isCause(e) && !response.isCommitted()) {
                answerUnavailable(request, response, e);
                return;
            }
            EventLog.severe(LOG, "request.failed", "method=" + request.getMethod()
                    + " path=\"" + request.getRequestURI().replace('"', '\'') + "\""
                    + " error=" + root.getClass().getName());
            LOG.log(Level.FINE, "Request failed", e);
            throw e;
        }
    }

    /**
     * Answers a request that failed because the database does not answer: 503 with
     * Retry-After, a problem on the API, the "temporarily unavailable" page elsewhere. Public
     * for what runs before this filter: the authentication mechanism looks up Bearer tokens
     * before any filter, so its failures would otherwise reach the container as a bare 500.
     */
    public static void answerUnavailable(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        EventLog.warning(LOG, "request.unavailable", "method=" + request.getMethod()
                + " path=\"" + request.getRequestURI().replace('"', '\'') + "\""
                + " error=" + rootCause(failure).getClass().getName());
        response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Problems.UNAVAILABLE_TITLE, Problems.UNAVAILABLE_DETAIL);
            response.flushBuffer(); // sent as written: nothing after this may turn it into another status
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
