import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local SMTP sink for bench/outbox.sh: speaks enough SMTP for Jakarta Mail (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP,
 * QUIT), accepts every message and writes one line per message received to a log: the time it was received (epoch
 * milliseconds), the connection's number, the recipient and the Message-ID. It keeps nothing else.
 *
 * <p>java bench/SmtpSink.java PORT LOG-FILE
 */
public class SmtpSink {

    static final AtomicInteger CONNECTIONS = new AtomicInteger();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        var log = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8), false);
        try (var server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.err.println("SMTP sink listening on 127.0.0.1:" + port);
            while (true) {
                var socket = server.accept();
                int connection = CONNECTIONS.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(socket, connection, log));
            }
        }
    }

    static void serve(Socket socket, int connection, PrintWriter log) {
        try (socket;
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 SIZE 52428800");
                    case "HELO", "NOOP" -> reply(out, "250 ok");
                    case "MAIL" -> {
                        recipient = null;
                        reply(out, "250 ok");
                    }
                    case "RCPT" -> {
                        recipient = line.substring(line.indexOf(':') + 1).strip();
                        reply(out, "250 ok");
                    }
                    case "RSET" -> {
                        recipient = null;
                        reply(out, "250 ok");
                    }
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        String messageId = "-";
                        boolean headers = true;
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            if (headers && line.isEmpty()) {
                                headers = false;
                            } else if (headers && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                                messageId = line.substring(11).strip();
                            }
                        }
                        synchronized (log) {
                            log.println(System.currentTimeMillis() + " " + connection + " " + recipient + " " + messageId);
                            log.flush();
                        }
                        reply(out, "250 ok queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException gone) {
            // the client went away
        }
    }

    static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
