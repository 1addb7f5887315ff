package eu.clusterhub.platform.web;

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
 * trace for the operator), then lets the container show the friendly 500 page.
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
