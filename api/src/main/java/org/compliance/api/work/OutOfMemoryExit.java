package org.compliance.api.work;

/**
 * Ends the process on OutOfMemoryError, so a service manager starts it again: a JVM that ran out of
 * heap may have lost threads it cannot live without (Tomcat's acceptor and poller died so, and the
 * process stayed up answering nothing). {@code -XX:+ExitOnOutOfMemoryError} does the same from the
 * JVM; this covers a start without it.
 */
public final class OutOfMemoryExit {

  private OutOfMemoryExit() {}

  /** Any thread dying of OutOfMemoryError ends the process. */
  public static void install() {
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (e instanceof OutOfMemoryError oom) {
            exit(oom);
          } else if (previous != null) {
            previous.uncaughtException(thread, e);
          } else {
            e.printStackTrace();
          }
        });
  }

  /**
   * Halts (no shutdown hooks: they could need memory too); declared to return for {@code throw}.
   */
  public static Error exit(OutOfMemoryError e) {
    try {
      System.err.println("OutOfMemoryError, exiting so the service can be restarted: " + e);
    } finally {
      Runtime.getRuntime().halt(3);
    }
    return e;
  }
}
