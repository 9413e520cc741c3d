package vn.bentre.ocop.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on the loopback between the portal and its database, so a test can take the database away and bring
 * it back without stopping the database server (which other tests and people share): {@link #cut()} closes every
 * connection through it and refuses new ones until {@link #restore()}. The portal sees exactly what it sees when a
 * database server or the network between them goes away: broken connections, then refused ones.
 *
 * <p>No dependencies beyond the JDK, so a script can also run it on its own:
 * {@code java TcpProxy.java <listen-port> <target-host> <target-port>}, then the words {@code cut}, {@code restore} or
 * {@code quit} on its standard input (one per line); it prints {@code ready <port>} when it listens.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> live = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;

    private TcpProxy(ServerSocket server, String targetHost, int targetPort) {
        this.server = server;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** Listens on {@code listenPort} of the loopback (0: any free port) and forwards to the target. */
    public static TcpProxy start(int listenPort, String targetHost, int targetPort) throws IOException {
        var server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
        var proxy = new TcpProxy(server, targetHost, targetPort);
        Thread.ofPlatform().daemon().name("tcp-proxy-" + server.getLocalPort()).start(proxy::accept);
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Closes every connection through the proxy and refuses new ones. */
    public void cut() {
        open = false;
        for (var socket : live) {
            closeQuietly(socket);
        }
        live.clear();
    }

    /** Lets new connections through again. */
    public void restore() {
        open = true;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            if (!open) {
                closeQuietly(client);
                continue;
            }
            Thread.ofVirtual().start(() -> connect(client));
        }
    }

    private void connect(Socket client) {
        var target = new Socket();
        try {
            target.connect(new InetSocketAddress(targetHost, targetPort), 3_000);
        } catch (IOException refused) {
            closeQuietly(client);
            closeQuietly(target);
            return;
        }
        live.add(client);
        live.add(target);
        if (!open) { // cut while connecting
            cut();
            return;
        }
        Thread.ofVirtual().start(() -> pipe(client, target));
        Thread.ofVirtual().start(() -> pipe(target, client));
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ended) {
            // one side closed or the proxy cut it: close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            live.remove(from);
            live.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all that is wanted
        }
    }

    /** See the class comment. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java TcpProxy.java <listen-port> <target-host> <target-port>");
            System.exit(2);
        }
        try (var proxy = start(Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]));
                var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("ready " + proxy.port());
            System.out.flush();
            for (String line; (line = commands.readLine()) != null; ) {
                switch (line.strip()) {
                    case "cut" -> proxy.cut();
                    case "restore" -> proxy.restore();
                    case "quit" -> {
                        return;
                    }
                    default -> System.err.println("unknown command: " + line);
                }
                System.out.println(line.strip() + " done");
                System.out.flush();
            }
        }
    }
}
