package org.compliance.api.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.compliance.api.evidence.files.EvidenceFile;
import org.compliance.api.evidence.files.FileStore;
import org.compliance.api.evidence.files.Upload;
import org.compliance.api.problem.ApiException;
import org.compliance.api.problem.Refusals;
import org.compliance.api.security.Reader;
import org.compliance.evidence.ReviewStatus;
import org.compliance.evidence.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files as part of an evidence item: who may attach them (the submitting organisation while the
 * item waits for review or was rejected; officers at any time), a history entry for each, the same
 * bytes never twice on one item, and every read through the item's own visibility ({@link Reader}):
 * whoever may not see the item finds no file either.
 */
@Service
public class EvidenceFiles {

  /** Another item the reader may see that carries the same file. */
  public record SameFile(String evidenceId, String href) {}

  /** A file just attached, and the other items (visible to the reader) with the same bytes. */
  public record Attached(EvidenceFile file, List<SameFile> alsoAttachedTo) {}

  private final EvidenceStore store;
  private final FileStore files;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public EvidenceFiles(
      EvidenceStore store,
      FileStore files,
      TransactionTemplate tx,
      Clock clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.files = files;
    this.tx = tx;
    this.clock = clock;
    this.events = events;
  }

  /** Attaches a checked upload to the item, durably, with a history entry; or refuses. */
  public Attached attach(String id, Upload upload, Reader reader) {
    try {
      return tx.execute(s -> store(id, upload, reader));
    } catch (DuplicateKeyException raced) {
      // Another upload of the same bytes committed between the look-up and the insert.
      throw duplicate(files.withHash(id, upload.sha256()).map(EvidenceFile::id).orElse(null));
    }
  }

  private Attached store(String id, Upload upload, Reader reader) {
    store.lockedVersion(id);
    EvidenceStore.Stored item = seen(id, reader);
    refuseUnlessMayAttach(item, reader);
    files
        .withHash(id, upload.sha256())
        .ifPresent(
            same -> {
              throw duplicate(same.id());
            });
    Instant now = Instant.now(clock);
    EvidenceFile file =
        new EvidenceFile(
            "f-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
            id,
            upload.name(),
            upload.size(),
            upload.kind().mediaType(),
            upload.sha256(),
            now,
            reader.name());
    try (InputStream in = upload.content().getInputStream()) {
      files.insert(file, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store.note(item.item(), reader.name(), now, "FILE_ATTACHED", file.name());
    events.publishEvent(new EvidenceFileAttached(id, file.id(), file.name(), reader.name()));
    List<SameFile> same =
        files.itemsWithHash(upload.sha256(), id).stream()
            .filter(other -> visible(other, reader))
            .map(other -> new SameFile(other, "/api/evidence/" + other))
            .toList();
    return new Attached(file, same);
  }

  /** Whether this reader may attach files to this item now (the item page's upload form). */
  public boolean mayAttach(String id, Reader reader) {
    return store.find(id).map(s -> refusal(s, reader) == null).orElse(false);
  }

  /** The item's files as this reader may see them; 404 when the item is not theirs to see. */
  public List<EvidenceFile> list(String id, Reader reader) {
    EvidenceStore.Stored item = seen(id, reader);
    boolean follows = reader.mayFollow(item.organisation());
    return files.list(id).stream().map(f -> follows ? f : f.withoutAttacher()).toList();
  }

  /** One file of the item, if the reader may see the item; 404 otherwise. */
  public EvidenceFile file(String id, String fileId, Reader reader) {
    seen(id, reader);
    return files.find(id, fileId).orElseThrow(() -> ApiException.notFound("File " + fileId));
  }

  /**
   * The files of items a reader was already allowed to see (a scorecard as {@code ReaderScorecard}
   * filtered it), by item.
   */
  public Map<String, List<EvidenceFile>> ofVisibleItems(Collection<String> evidenceIds) {
    return files.of(evidenceIds);
  }

  /** Writes the file's bytes (after {@link #file} allowed it). */
  public void copy(EvidenceFile file, java.io.OutputStream out) throws IOException {
    files.copy(file.id(), out);
  }

  private EvidenceStore.Stored seen(String id, Reader reader) {
    return store
        .find(id)
        .filter(s -> reader.maySee(s.item().status(), s.organisation()))
        .orElseThrow(() -> ApiException.notFound("Evidence " + id));
  }

  private boolean visible(String id, Reader reader) {
    return store
        .find(id)
        .filter(s -> reader.maySee(s.item().status(), s.organisation()))
        .isPresent();
  }

  private static void refuseUnlessMayAttach(EvidenceStore.Stored item, Reader reader) {
    String reason = refusal(item, reader);
    if (reason != null) {
      throw new ApiException(
          HttpStatus.FORBIDDEN,
          Refusals.of("problem.title.forbidden"),
          List.of(new Violation("file", reason)));
    }
  }

  /** Why this reader may not attach a file to this item now; null when they may. */
  private static String refusal(EvidenceStore.Stored item, Reader reader) {
    if (reader.officer()) {
      return null;
    }
    if (!reader.mayFollow(item.organisation())) {
      return Refusals.of("problem.evidenceFile.notYours");
    }
    ReviewStatus status = item.item().status();
    if (status != ReviewStatus.SUBMITTED && status != ReviewStatus.REJECTED) {
      return Refusals.of("problem.evidenceFile.reviewed");
    }
    return null;
  }

  private static ApiException duplicate(String fileId) {
    return ApiException.conflict(
            Refusals.of("problem.title.fileDuplicate"),
            "file",
            Refusals.of("problem.evidenceFile.duplicate"))
        .with("sameAs", fileId);
  }
}
