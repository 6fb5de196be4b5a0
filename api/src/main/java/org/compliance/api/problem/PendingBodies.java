package org.compliance.api.problem;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many request bodies each client address is sending at once. Reading a body holds no worker
 * thread, but it holds a connection and a buffer: one address may have only so many in flight, so a
 * single client cannot fill the server's connections with slow bodies.
 */
@Component
public class PendingBodies {

  private final int perAddress;
  private final ConcurrentHashMap<String, AtomicInteger> pending = new ConcurrentHashMap<>();

  public PendingBodies(@Value("${compliance.max-pending-bodies-per-address:20}") int perAddress) {
    this.perAddress = perAddress;
  }

  /** Counts one more body from {@code address}, unless it already has its share in flight. */
  public boolean tryAcquire(String address) {
    AtomicInteger count = pending.computeIfAbsent(address, a -> new AtomicInteger());
    if (count.incrementAndGet() > perAddress) {
      release(address);
      return false;
    }
    return true;
  }

  public void release(String address) {
    pending.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
  }
}
