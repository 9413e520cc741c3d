import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * A mail server that keeps nothing but the Message-ID of each mail it accepts (run by the outbox fault,
 * {@code java SmtpSink.java <journal>}). It speaks enough SMTP for Jakarta Mail (EHLO/HELO, MAIL, RCPT, DATA with
 * dot-stuffing, RSET, NOOP, QUIT) and writes a mail's Message-ID to the journal, flushed, before it answers 250 to
 * the end of the data: a line in the journal is a mail the portal was told was delivered. Prints
 * {@code listening <port>} once it accepts connections, then runs until killed.
 */
public class SmtpSink {

    public static void main(String[] args) throws Exception {
        var journal = new PrintStream(args[0], StandardCharsets.UTF_8);
        try (var server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
                var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            System.out.println("listening " + server.getLocalPort());
            System.out.flush();
            while (true) {
                var socket = server.accept();
                pool.submit(() -> {
                    try (socket) {
                        session(socket, journal);
                    } catch (IOException e) {
                        // the portal was killed mid-conversation: nothing was accepted on this connection since
                    }
                    return null;
                });
            }
        }
    }

    static void session(Socket socket, PrintStream journal) throws IOException {
        var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 sink.local ESMTP fault-test sink");
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> reply(out, "250-sink.local\r\n250-8BITMIME\r\n250 SMTPUTF8");
                case "HELO" -> reply(out, "250 sink.local");
                case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    String messageId = null;
                    boolean headers = true;
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        if (headers && data.isEmpty()) {
                            headers = false;
                        } else if (headers && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                            messageId = data.substring(11).trim();
                        }
                    }
                    if (data == null) {
                        return; // cut off before the end of the data: not accepted
                    }
                    synchronized (journal) {
                        journal.println(messageId == null ? "(no Message-ID)" : messageId);
                        journal.flush();
                    }
                    reply(out, "250 OK queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "502 not implemented");
            }
        }
    }

    static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
