package org.compliance.api.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.compliance.api.Application;
import org.compliance.api.Http;

/**
 * The service in a JVM of its own (the test class path, the application's main), on loopback and a
 * free port, so a test can kill it the hard way and start it again on the same data.
 */
final class ServiceProcess implements AutoCloseable {

  static final Map<String, String> DEMO =
      Map.of("ngo", "ngo-demo", "officer", "officer-demo", "admin", "admin-demo");

  private final Process process;
  final int port;
  final Http http;

  private ServiceProcess(Process process, int port) {
    this.process = process;
    this.port = port;
    this.http = new Http(port, DEMO);
  }

  /**
   * Starts the service on {@code dataDir} with {@code extra} arguments and waits until it answers.
   */
  static ServiceProcess start(Path dataDir, String... extra) throws Exception {
    return startWithHeap(dataDir, "-Xmx512m", extra);
  }

  /** The same with the maximum heap given as a JVM option (e.g. -Xmx256m). */
  static ServiceProcess startWithHeap(Path dataDir, String heap, String... extra) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Application.class.getName());
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.add("--compliance.data-dir=" + dataDir.toAbsolutePath());
    command.add("--logging.file.name=" + dataDir.resolve("service.log").toAbsolutePath());
    command.addAll(List.of(extra));
    Files.createDirectories(dataDir);
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("console.log").toFile()))
            .start();
    ServiceProcess service = new ServiceProcess(p, port);
    service.awaitUp(Duration.ofSeconds(180));
    return service;
  }

  private void awaitUp(Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the service stopped at start-up, exit " + process.exitValue());
      }
      try {
        if (http.get("/actuator/health", null).status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the service did not start within " + limit);
  }

  /** kill -9: no shutdown hooks, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
