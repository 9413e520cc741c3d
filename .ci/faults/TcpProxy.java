import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A TCP proxy between the portal and PostgreSQL that can take the database away (run by the database-away fault,
 * {@code java TcpProxy.java <target-host> <target-port>}). Prints {@code listening <port> control <port>}; on the
 * control port, one command per line: {@code cut} closes every proxied connection and the listening socket (new
 * connections are refused, as from a database host that is down), answering {@code cut <n>} with the number of
 * connections cut; {@code open} listens again on the same port and answers {@code open}. The shared PostgreSQL
 * server is never touched.
 */
public class TcpProxy {

    static final Set<Socket> open = ConcurrentHashMap.newKeySet();
    static volatile ServerSocket listener;
    static int port;
    static String targetHost;
    static int targetPort;
    static final java.util.concurrent.ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    public static void main(String[] args) throws Exception {
        targetHost = args[0];
        targetPort = Integer.parseInt(args[1]);
        listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        port = listener.getLocalPort();
        var control = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        threads.submit(() -> accept(listener));
        System.out.println("listening " + port + " control " + control.getLocalPort());
        System.out.flush();
        while (true) {
            try (var client = control.accept();
                    var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                    var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
                String command;
                while ((command = in.readLine()) != null) {
                    switch (command.trim()) {
                        case "cut" -> out.println("cut " + cut());
                        case "open" -> {
                            reopen();
                            out.println("open");
                        }
                        default -> out.println("unknown " + command);
                    }
                }
            }
        }
    }

    static synchronized int cut() throws IOException {
        listener.close();
        int n = 0;
        for (var socket : open) {
            socket.close();
            n++;
        }
        open.clear();
        return n / 2;
    }

    static synchronized void reopen() throws IOException {
        if (!listener.isClosed()) {
            return;
        }
        var again = new ServerSocket();
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
        listener = again;
        threads.submit(() -> accept(again));
    }

    static Void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                Socket upstream;
                try {
                    upstream = new Socket(targetHost, targetPort);
                } catch (IOException refused) {
                    close(client);
                    continue;
                }
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                threads.submit(() -> pipe(client, upstream));
                threads.submit(() -> pipe(upstream, client));
            } catch (IOException e) {
                // closed by cut(), or the target refused: the client's connection is dropped
            }
        }
        return null;
    }

    static Void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try {
            var in = from.getInputStream();
            var out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // cut, or one side closed
        } finally {
            close(from);
            close(to);
        }
        return null;
    }

    static void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
