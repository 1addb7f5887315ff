package eu.clusterhub.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One size limit for every request body of the API (clusterhub.api.max-body-bytes, 1 MiB by
 * default; the longest text the portal takes is far below it). A declared Content-Length
 * above it is refused before anything is read; a body without one (chunked) is counted while
 * it is read and refused at the first byte too many, so nobody makes the server buffer more.
 * Either way the call ends in a 413 problem and nothing is stored.
 */
@Provider
public class RequestBodyLimit implements ReaderInterceptor {

    static final String PROPERTY = "clusterhub.api.max-body-bytes";
    private final long maxBytes = ConfigProvider.getConfig().getOptionalValue(PROPERTY, Long.class).orElse(1_048_576L);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parse(declared) > maxBytes) {
            throw new BodyTooLarge(maxBytes);
        }
        context.setInputStream(new Limited(context.getInputStream(), maxBytes));
        return context.proceed();
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1; // the container refuses a malformed length itself
        }
    }

    /** 413: the body is larger than the API takes. */
    public static final class BodyTooLarge extends WebApplicationException {

        BodyTooLarge(long maxBytes) {
            super("A request body may have at most " + maxBytes + " bytes", 413);
        }
    }

    /** Counts the bytes read and stops at the limit. */
    static final class Limited extends FilterInputStream {

        private final long maxBytes;
        private long read;

        Limited(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) {
            read += bytes;
            if (read > maxBytes) {
                throw new BodyTooLarge(maxBytes);
            }
        }
    }
}
