package org.compliance.api.work;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.compliance.api.problem.ApiException;
import org.compliance.evidence.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Admits memory-hungry work (assessments, what-ifs, trends, imports) only while its estimated heap
 * fits what is left of a share of the maximum heap, and at most one per core at a time. A request
 * that does not get in within a short wait is answered 503 with Retry-After rather than left to run
 * the heap out for everyone; one that could never fit, even alone, is 422 (retrying cannot help:
 * the same inputs need the same memory).
 */
@Component
public class WorkGate {

  private static final long KIB = 1024;

  private final long budgetKib;
  private final Semaphore memory;
  private final Semaphore slots;
  private final Duration wait;

  public WorkGate(
      @Value("${compliance.work.heap-share:0.5}") double heapShare,
      @Value("${compliance.work.parallel:0}") int parallel,
      @Value("${compliance.work.wait:5s}") Duration wait) {
    this.budgetKib =
        Math.min(Integer.MAX_VALUE, (long) (Runtime.getRuntime().maxMemory() * heapShare / KIB));
    this.memory = new Semaphore((int) budgetKib, true);
    this.slots =
        new Semaphore(parallel > 0 ? parallel : Runtime.getRuntime().availableProcessors(), true);
    this.wait = wait;
  }

  /** Runs {@code work} once its {@code estimatedBytes} of heap are free; refuses it otherwise. */
  public <T> T run(String field, long estimatedBytes, Supplier<T> work) {
    int kib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, estimatedBytes / KIB));
    if (kib > budgetKib) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          org.compliance.api.problem.Refusals.of("problem.title.tooMuchMemory"),
          List.of(
              new Violation(
                  field,
                  org.compliance.api.problem.Refusals.of(
                      "problem.memory.tooMuch",
                      String.valueOf(kib / KIB),
                      String.valueOf(budgetKib / KIB)))));
    }
    long deadline = System.nanoTime() + wait.toNanos();
    if (!acquire(slots, 1, deadline)) {
      throw busy();
    }
    try {
      if (!acquire(memory, kib, deadline)) {
        throw busy();
      }
      try {
        return work.get();
      } catch (OutOfMemoryError e) {
        throw OutOfMemoryExit.exit(e);
      } finally {
        memory.release(kib);
      }
    } finally {
      slots.release();
    }
  }

  private static boolean acquire(Semaphore s, int permits, long deadline) {
    try {
      return s.tryAcquire(permits, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private ApiException busy() {
    long seconds = Math.max(1, wait.toSeconds());
    return new ApiException(
            HttpStatus.SERVICE_UNAVAILABLE,
            org.compliance.api.problem.Refusals.of("problem.title.busy"),
            List.of(
                new Violation(
                    "request",
                    org.compliance.api.problem.Refusals.of(
                        "problem.busy", String.valueOf(seconds)))))
        .with(ApiException.RETRY_AFTER, seconds);
  }
}
