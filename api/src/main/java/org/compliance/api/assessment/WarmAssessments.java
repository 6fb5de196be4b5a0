package org.compliance.api.assessment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.compliance.api.catalogue.CatalogueStore;
import org.compliance.api.evidence.EvidenceStore;
import org.compliance.api.work.WorkGate;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.assessment.WarmAssessment;
import org.compliance.catalogue.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Assessments kept warm for what-ifs, one per (documents, as-of date, provisional or not) at one
 * evidence version and one catalogue: a what-if then re-judges only what its item reaches (about a
 * millisecond) instead of re-assessing everything. The key carries the evidence set's version (its
 * count of recorded changes, read from the store before the evidence is, so an entry is never older
 * than its key) and the catalogue (the store's cached instance, replaced on any change), so a
 * submission, correction, review, withdrawal or catalogue change makes every older entry unused;
 * they are dropped at the next look-up. Entries are weighed by the heap their sessions hold (the
 * {@link WorkBudget} estimate), bounded in total and closed when idle too long. Every reader of a
 * what-if is an officer, who sees every item, and the base is built from every stored item, so the
 * base does not differ by reader; what a reader is shown is filtered later ({@link
 * ReaderScorecard}).
 *
 * <p>A warm assessment is not thread-safe: each entry has a lock, held while it is built and while
 * a what-if uses it, and by its closing (eviction waits for the what-if in progress).
 *
 * <p>A what-if's item is taken back after the use, on one small thread of its own, while the answer
 * is written, so the client does not wait for it; under the entry's lock, so the next what-if on
 * the entry waits for it (and the engine takes back first whatever is still held). A closed entry
 * is not taken back: closing disposes its sessions, item and all.
 */
@Component
class WarmAssessments implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(WarmAssessments.class);

  /** What a warm assessment was built from; the catalogue is compared by identity. */
  static final class Key {
    final AssessmentRequest request;
    final long evidence;
    final Catalogue catalogue;

    Key(AssessmentRequest request, long evidence, Catalogue catalogue) {
      this.request = request;
      this.evidence = evidence;
      this.catalogue = catalogue;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.evidence == evidence
          && k.catalogue == catalogue
          && k.request.equals(request);
    }

    @Override
    public int hashCode() {
      return request.hashCode() * 31 + Long.hashCode(evidence);
    }
  }

  /** One warm assessment, built on first use under its lock. */
  static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    final int kib;
    WarmAssessment warm;
    boolean closed;

    Entry(int kib) {
      this.kib = kib;
    }

    void close() {
      lock.lock();
      try {
        closed = true;
        if (warm != null) {
          warm.close();
          warm = null;
        }
      } finally {
        lock.unlock();
      }
    }
  }

  private final AssessmentRunner runner;
  private final CatalogueStore catalogue;
  private final EvidenceStore evidence;
  private final WorkBudget budget;
  private final WorkGate gate;
  private final Cache<Key, Entry> cache;
  // One thread: take-backs are short and each entry takes one at a time anyway. Bounded: a
  // take-back not queued is done by the entry's next what-if.
  private final ThreadPoolExecutor takeBacks =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(64),
          r -> {
            Thread t = new Thread(r, "what-if-take-back");
            t.setDaemon(true);
            return t;
          },
          new ThreadPoolExecutor.DiscardPolicy());

  WarmAssessments(
      AssessmentRunner runner,
      CatalogueStore catalogue,
      EvidenceStore evidence,
      WorkBudget budget,
      WorkGate gate,
      @Value("${compliance.what-if.warm-heap-share:0.25}") double heapShare,
      @Value("${compliance.what-if.warm-idle:PT30M}") Duration idle) {
    this.runner = runner;
    this.catalogue = catalogue;
    this.evidence = evidence;
    this.budget = budget;
    this.gate = gate;
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight((long) (Runtime.getRuntime().maxMemory() * heapShare / 1024))
            .weigher((Key k, Entry e) -> e.kib)
            .expireAfterAccess(idle)
            // Closed on Caffeine's executor: the lock waits there for a what-if in progress.
            .removalListener(
                (Key k, Entry e, com.github.benmanes.caffeine.cache.RemovalCause c) -> {
                  if (e != null) {
                    e.close();
                  }
                })
            .build();
  }

  /**
   * Runs {@code use} on the warm assessment for {@code request} at the current evidence and
   * catalogue, building it first if needed; one use at a time per entry. A use that fails drops the
   * entry (the next what-if builds a fresh one), whatever it left behind.
   */
  <T> T with(AssessmentRequest request, Function<WarmAssessment, T> use) {
    while (true) {
      // The version first: what is read after it is at least as new.
      long version = evidence.changes();
      Catalogue c = catalogue.catalogue();
      Key key = new Key(request, version, c);
      cache.asMap().keySet().removeIf(k -> k.evidence < version || k.catalogue != c);
      Entry entry = cache.get(key, k -> new Entry(kib(budget.assessmentBytes(evidence.count()))));
      boolean held = false;
      entry.lock.lock();
      try {
        if (entry.closed) {
          continue; // evicted meanwhile: take (or build) its successor
        }
        if (entry.warm == null) {
          entry.warm =
              gate.run(
                  "evidence", entry.kib * 1024L, () -> runner.warm(c, evidence.all(), request));
        }
        try {
          T answer = use.apply(entry.warm);
          held = entry.warm.holdsItem();
          return answer;
        } catch (RuntimeException | Error e) {
          cache.asMap().remove(key, entry);
          throw e;
        }
      } finally {
        entry.lock.unlock();
        if (held) {
          takeBacks.execute(() -> takeBack(key, entry));
        }
      }
    }
  }

  /** Takes back the entry's last what-if item; an entry that fails to is dropped (and closed). */
  private void takeBack(Key key, Entry entry) {
    entry.lock.lock();
    try {
      if (!entry.closed && entry.warm != null) {
        entry.warm.takeBack();
      }
    } catch (RuntimeException | Error e) {
      LOG.warn("A what-if could not be taken back; its warm assessment is dropped", e);
      cache.asMap().remove(key, entry);
    } finally {
      entry.lock.unlock();
    }
  }

  @Override
  public void destroy() {
    takeBacks.shutdownNow();
  }

  /** How many warm assessments are kept (for tests and the record). */
  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  private static int kib(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes / 1024));
  }
}
