package eu.clusterhub.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Behind a trusted TLS-terminating proxy the container sees plain HTTP and sends the
 * session cookie without Secure (it marks it by itself only for requests that reach it over
 * TLS). For requests the proxy says came over HTTPS, this adds Secure to the session cookie
 * before the response is committed: by a redirect (as after signing in), an error or the
 * first byte of the body.
 */
@WebFilter(urlPatterns = "/*")
public class SecureSessionCookie extends HttpFilter {

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure() || !clientAddress.isHttps(request)) {
            chain.doFilter(request, response);
            return;
        }
        String name = request.getServletContext().getSessionCookieConfig().getName();
        chain.doFilter(request, new Marking(response, (name == null ? "JSESSIONID" : name) + "="));
    }

    /** Marks the session cookie Secure at each point where the headers may be sent. */
    static final class Marking extends HttpServletResponseWrapper {

        private final String prefix;

        Marking(HttpServletResponse response, String prefix) {
            super(response);
            this.prefix = prefix;
        }

        private void markSecure() {
            if (isCommitted()) {
                return;
            }
            List<String> cookies = List.copyOf(getHeaders("Set-Cookie"));
            if (cookies.stream().noneMatch(this::needsMarking)) {
                return;
            }
            for (int i = 0; i < cookies.size(); i++) {
                String cookie = needsMarking(cookies.get(i)) ? cookies.get(i) + "; Secure" : cookies.get(i);
                if (i == 0) {
                    setHeader("Set-Cookie", cookie);
                } else {
                    addHeader("Set-Cookie", cookie);
                }
            }
        }

        private boolean needsMarking(String cookie) {
            return cookie.startsWith(prefix) && !cookie.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*|\\s*$)");
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            markSecure();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            markSecure();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            markSecure();
            super.sendError(status);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            markSecure();
            return super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            markSecure();
            return super.getOutputStream();
        }

        @Override
        public void flushBuffer() throws IOException {
            markSecure();
            super.flushBuffer();
        }
    }
}
