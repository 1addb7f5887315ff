package eu.clusterhub.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between a portal and its MariaDB, so that a test can take the database away
 * ({@link #cut()}): every open connection is closed and new ones are refused, as when the
 * database server stops.
 */
public final class DatabaseProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String upstreamHost;
    private final int upstreamPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private DatabaseProxy(int port, String upstreamHost, int upstreamPort) throws IOException {
        this.listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
    }

    public static DatabaseProxy start(int port, String upstreamHost, int upstreamPort) {
        try {
            DatabaseProxy proxy = new DatabaseProxy(port, upstreamHost, upstreamPort);
            daemon("db-proxy-accept", proxy::acceptAll);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(upstreamHost, upstreamPort);
                sockets.add(client);
                sockets.add(server);
                daemon("db-proxy-up", () -> relay(client, server));
                daemon("db-proxy-down", () -> relay(server, client));
            } catch (IOException e) {
                // closed by cut(), or the upstream refused: the client sees its connection end
            }
        }
    }

    private static void relay(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** The database is gone: open connections end, new ones are refused. */
    public void cut() {
        closeQuietly(listener);
        sockets.forEach(DatabaseProxy::closeQuietly);
    }

    @Override
    public void close() {
        cut();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
