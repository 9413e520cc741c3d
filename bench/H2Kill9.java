import java.sql.DriverManager;

/**
 * Helper of bench/h2-kill9.sh (run as a single-file program, H2 on the class path).
 * {@code write URL}: inserts rows one commit at a time and prints each id once its commit has returned (what an
 * answered 201 is to a client), until killed. {@code count URL}: prints the number of rows and the largest id.
 */
public class H2Kill9 {
    public static void main(String[] args) throws Exception {
        try (var db = DriverManager.getConnection(args[1], "sa", "sa")) {
            db.setAutoCommit(true);
            if (args[0].equals("write")) {
                db.createStatement().execute("CREATE TABLE IF NOT EXISTS answered (id BIGINT PRIMARY KEY, at TIMESTAMP)");
                var insert = db.prepareStatement("INSERT INTO answered VALUES (?, CURRENT_TIMESTAMP)");
                for (long id = 1; ; id++) {
                    insert.setLong(1, id);
                    insert.executeUpdate();
                    System.out.println(id);
                    System.out.flush();
                }
            }
            // The table itself may have been lost with the delayed writes.
            db.createStatement().execute("CREATE TABLE IF NOT EXISTS answered (id BIGINT PRIMARY KEY, at TIMESTAMP)");
            var rs = db.createStatement().executeQuery("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM answered");
            rs.next();
            System.out.println(rs.getLong(1) + " " + rs.getLong(2));
        }
    }
}
