package eu.clusterhub.platform.web;

import eu.clusterhub.platform.DatabaseUnavailable;
import eu.clusterhub.platform.EventLog;
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
 * "temporarily unavailable" page: nothing is wrong with the request, it may be tried again.
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
                EventLog.warning(LOG, "request.unavailable", "method=" + request.getMethod()
                        + " path=\"" + request.getRequestURI().replace('"', '\'') + "\""
                        + " error=" + root.getClass().getName());
                response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            EventLog.severe(LOG, "request.failed", "method=" + request.getMethod()
                    + " path=\"" + request.getRequestURI().replace('"', '\'') + "\""
                    + " error=" + root.getClass().getName());
            LOG.log(Level.FINE, "Request failed", e);
            throw e;
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
