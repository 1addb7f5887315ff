package eu.clusterhub.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a copy of an anonymous page as it is written, when its view tagged it
 * ({@link ConditionalGet}) and it went out whole with 200: the next reader of the same
 * version is served the copy ({@link RenderedPages}). Signed-in pages, other methods, the API
 * and static resources pass untouched.
 */
@WebFilter(urlPatterns = "/*")
public class RenderedPageCapture extends HttpFilter {

    /** Larger pages are not kept (none is near it; a bound on what one response may hold). */
    static final int MAX_CHARS = 1 << 20;

    @Inject
    private RenderedPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null
                || path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        Capture capture = new Capture(request, response);
        chain.doFilter(request, capture);
        String tag = (String) request.getAttribute(RenderedPages.KEY);
        if (tag != null && capture.writer != null && capture.getStatus() == HttpServletResponse.SC_OK && capture.text != null
                && request.getUserPrincipal() == null) {
            capture.writer.flush();
            Charset charset = Charset.forName(capture.getCharacterEncoding());
            pages.keep(tag, new RenderedPages.Page(capture.getContentType(), List.copyOf(capture.scriptPolicies),
                    capture.text.toString().getBytes(charset)));
        }
    }

    /** The response, with a copy of what is written through its writer and of its script policy. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private StringBuilder text = new StringBuilder(16 * 1024);
        private final List<String> scriptPolicies = new ArrayList<>(1);
        private PrintWriter writer;

        Capture(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (request.getAttribute(RenderedPages.KEY) == null) {
                // the view action, which runs before anything is written, tagged no page to keep
                text = null;
                return super.getWriter();
            }
            if (writer == null) {
                Writer target = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) throws IOException {
                        target.write(chars, offset, length);
                        copy(java.nio.CharBuffer.wrap(chars, offset, length));
                    }

                    @Override
                    public void write(String string, int offset, int length) throws IOException {
                        target.write(string, offset, length);
                        copy(string.subSequence(offset, offset + length));
                    }

                    @Override
                    public void flush() throws IOException {
                        target.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        target.close();
                    }
                });
            }
            return writer;
        }

        private void copy(CharSequence written) {
            if (text != null) {
                if (text.length() + written.length() > MAX_CHARS) {
                    text = null;
                } else {
                    text.append(written);
                }
            }
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
            text = null;   // bytes, not a page of text: not kept
            return super.getOutputStream();
        }

        @Override
        public void setHeader(String name, String value) {
            remember(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            remember(name, value);
            super.addHeader(name, value);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            text = null;   // a page that opens a session is somebody's page
            super.addCookie(cookie);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            text = null;
            super.sendError(status, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            text = null;
            super.sendRedirect(location);
        }

        private void remember(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name) && value != null && value.contains("script-src")) {
                scriptPolicies.add(value);
            }
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                text = null;   // a page that opens a session is somebody's page
            }
        }
    }
}
