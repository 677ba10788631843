package travel.confidence.service.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP relay in front of a server (a database), that a test can unplug and plug back in. Unplugged, it
 * stops listening and resets every open connection, so to the client the server is gone exactly as if its
 * process had stopped: connections break, new ones are refused. Plugged back in, it listens on the same port again.
 */
public final class TcpRelay implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile int port;

    private TcpRelay(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** A relay to {@code host:port}, listening on a free loopback port. */
    public static TcpRelay to(String host, int port) {
        TcpRelay relay = new TcpRelay(host, port);
        relay.listen(0);
        return relay;
    }

    public int port() {
        return port;
    }

    /** The server "stops": nothing listens, every connection through the relay is reset. */
    public synchronized void unplug() {
        ServerSocket current = listener;
        listener = null;
        try {
            if (current != null) {
                current.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : open) {
            reset(socket);
        }
        open.clear();
    }

    /** The server is back, on the same port. */
    public synchronized void plugIn() {
        if (listener == null) {
            listen(port);
        }
    }

    @Override
    public void close() {
        unplug();
    }

    private void listen(int wanted) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress("127.0.0.1", wanted));
            port = server.getLocalPort();
            listener = server;
            Thread acceptor = new Thread(() -> accept(server), "tcp-relay-accept-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + wanted, e);
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    continue;
                }
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side went away: end both
            } finally {
                reset(from);
                reset(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0); // RST, as a dead server's kernel would answer
        } catch (SocketException ignored) {
            // already closed
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
