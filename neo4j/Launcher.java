// Runs the Neo4j Community server (org.neo4j.server.CommunityEntryPoint, from Maven Central jars)
// and exits when its standard input closes. The Node.js parent holds the other end of that pipe, so
// if the parent dies in any way (even SIGKILL) the JVM shuts down cleanly instead of lingering as an
// orphan. Run as a single-file source program: `java -cp <classpath> Launcher.java <neo4j args>`.
public final class Launcher {
  public static void main(String[] args) throws Exception {
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() != -1) { /* the parent never writes; EOF means it is gone */ }
      } catch (java.io.IOException ignored) {
        // A broken pipe means the same as EOF.
      }
      System.err.println("newsgraph: parent process gone, shutting Neo4j down");
      // A clean shutdown waits for running transactions, and a runaway expression (a huge reduce())
      // never reaches a point where it can be stopped: halt if the clean exit takes too long.
      Thread halt = new Thread(() -> {
        try { Thread.sleep(20_000); } catch (InterruptedException ignored) { }
        System.err.println("newsgraph: clean shutdown took over 20 s, halting");
        Runtime.getRuntime().halt(1);
      }, "parent-watchdog-halt");
      halt.setDaemon(true);
      halt.start();
      System.exit(0); // runs Neo4j's shutdown hook, which stops the databases cleanly
    }, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    org.neo4j.server.CommunityEntryPoint.main(args);
  }
}
