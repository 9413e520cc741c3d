package vn.bentre.ocop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.SQLException;
import org.h2.tools.Server;

/**
 * A test class's own database, reached by the portal through a {@link TcpProxy} the test controls, so that the test
 * can take the database away and bring it back. On PostgreSQL the proxy sits in front of the server of
 * {@code it.db.url}; on H2, whose embedded database lives inside the portal's JVM and cannot go away on its own, the
 * same database file is served by an H2 TCP server in the test's JVM and the portal connects to it over the
 * network (the one difference from the portal's usual H2 set-up, needed to have a network to cut).
 */
public final class DatabaseProxy implements AutoCloseable {

    private final TcpProxy proxy;
    private final String url;
    private final Server h2;

    private DatabaseProxy(TcpProxy proxy, String url, Server h2) {
        this.proxy = proxy;
        this.url = url;
        this.h2 = h2;
    }

    /** The database of {@code itClass} (see {@link Deployments#ownDatabaseUrl}) behind a proxy of its own. */
    public static DatabaseProxy forClass(Class<?> itClass) {
        String own = Deployments.ownDatabaseUrl(itClass);
        try {
            if (own.startsWith("jdbc:h2:file:")) {
                // jdbc:h2:file:<dir>/<name>;OPTIONS -> an H2 TCP server on <dir>, the portal at tcp://proxy/<name>
                int semicolon = own.indexOf(';') < 0 ? own.length() : own.indexOf(';');
                String file = own.substring("jdbc:h2:file:".length(), semicolon);
                String dir = file.substring(0, file.lastIndexOf('/'));
                String name = file.substring(file.lastIndexOf('/') + 1);
                String options = own.substring(semicolon).replace(";AUTO_SERVER=TRUE", "");
                var server = Server.createTcpServer(
                                "-tcpPort", Integer.toString(freePort()), "-baseDir", dir, "-ifNotExists")
                        .start();
                var proxy = TcpProxy.start(0, "127.0.0.1", server.getPort());
                return new DatabaseProxy(
                        proxy, "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/" + name + options, server);
            }
            // jdbc:postgresql://host:port/database?… -> the same through the proxy
            var target = URI.create(own.substring("jdbc:".length()));
            int port = target.getPort() < 0 ? 5432 : target.getPort();
            var proxy = TcpProxy.start(0, target.getHost(), port);
            String through = own.replace(target.getHost() + ":" + port, "127.0.0.1:" + proxy.port())
                    .replace("//" + target.getHost() + "/", "//127.0.0.1:" + proxy.port() + "/");
            return new DatabaseProxy(proxy, through, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start an H2 TCP server: " + e, e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The URL the portal is given. */
    public String url() {
        return url;
    }

    /** The database is away: every connection is closed and new ones are refused. */
    public void takeAway() {
        proxy.cut();
    }

    /** The database is back. */
    public void bringBack() {
        proxy.restore();
    }

    @Override
    public void close() {
        proxy.close();
        if (h2 != null) {
            h2.stop();
        }
    }
}
