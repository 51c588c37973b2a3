package org.guwah.web.attachments;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.store.attachments.Attachment;
import org.guwah.store.attachments.AttachmentLabel;
import org.guwah.store.attachments.AttachmentNotFoundException;
import org.guwah.store.attachments.AttachmentStore;
import org.guwah.store.attachments.AttachmentUpload;
import org.guwah.store.attachments.StrippedMetadata;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.cases.Reading;
import org.guwah.store.cases.Shown;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.api.NotFoundException;
import org.guwah.web.cases.CaseDesk;
import org.guwah.web.multipart.MultipartPart;
import org.guwah.web.multipart.MultipartReader;
import org.guwah.web.pages.AttachmentLine;
import org.guwah.web.pages.AttachmentShelf;
import org.jspecify.annotations.Nullable;

/**
 * Attachments on behalf of a signed-in session, shared by the API and the pages so that both apply
 * the same rules:
 *
 * <ul>
 *   <li><b>Who writes:</b> a documenter, on a record they see in full under {@link
 *       Reading#documenter} (the records they recorded); a record they see only coded is 403, one
 *       they do not see 404.
 *   <li><b>Who reads:</b> whoever sees the attachment's record ({@link CaseDesk#reading}: roles,
 *       consent, unlocks) lists its attachments' coded facts (type, sizes, metadata treatment,
 *       time); only readers who see the record in full get the hashes, the file name and caption,
 *       and the content. A record the reader does not see, and an attachment id that names nothing,
 *       both answer 404 with the same message.
 *   <li><b>Audit:</b> opening labels or content appends {@code read_identity} (kind {@code
 *       attachment}, the attachment ids, then the record's id; detail {@code record_kind} and
 *       {@code part}: {@code label} or {@code content}) before anything is returned; an upload
 *       appends {@code create} and a deletion {@code delete} in the same transaction as the write.
 * </ul>
 *
 * Thread-safe.
 */
public final class AttachmentDesk {
  /** The kind under which attachments are audited. */
  public static final String KIND = "attachment";
  /** Bytes an upload form may carry besides the file: boundaries, headers, the caption. */
  public static final long FORM_OVERHEAD = 256L * 1024;
  /** The text fields an upload form may send before its file. */
  static final String CAPTION = "caption";
  /** The upload form's file part. */
  static final String FILE = "file";

  private final AttachmentStore store;
  private final CaseDesk cases;

  private AttachmentDesk(AttachmentStore store, CaseDesk cases) {
    this.store = store;
    this.cases = cases;
  }

  /** A desk over {@code store}, reading records and auditing through {@code cases}. */
  public static AttachmentDesk create(AttachmentStore store, CaseDesk cases) {
    return new AttachmentDesk(Objects.requireNonNull(store, "store"), Objects.requireNonNull(cases, "cases"));
  }

  public AttachmentStore store() {
    return store;
  }

  /** The largest upload form accepted: the store's file limit plus {@link #FORM_OVERHEAD}. */
  public long maxFormBytes() {
    return store.maxSize() + FORM_OVERHEAD;
  }

  // --- writing ---------------------------------------------------------------------------------

  /**
   * Checks that {@code session} may attach files to (or delete files of) record {@code recordId}.
   *
   * @throws ValidationException if {@code kind} is not a record kind that takes attachments
   * @throws NotFoundException if the documenter does not see the record
   * @throws ApiException {@code forbidden} if they see it only coded, or are not a documenter
   */
  public void requireWritable(Session session, String kind, UUID recordId) {
    if (!session.roles().contains(Role.DOCUMENTER)) {
      throw ApiException.of(ErrorCode.FORBIDDEN);
    }
    Shown<?> shown = seen(kind, recordId, Reading.documenter(session.accountId()))
        .orElseThrow(() -> new NotFoundException("no " + kind + " with this id"));
    if (!shown.full()) {
      throw ApiException.of(ErrorCode.FORBIDDEN);
    }
  }

  /**
   * Stores the {@code file} part of an upload form as an attachment of the record, streaming it
   * from the request, then checks that nothing follows it in the form, and audits; all in one
   * transaction, so any refusal leaves nothing. Call {@link #requireWritable} first (before reading
   * the form).
   *
   * @param caption the caption field, or null
   * @param rest the form, positioned after the file part's headers
   * @throws ValidationException for a bad file name, caption or declared type, a part after the
   *     file
   * @throws org.guwah.store.attachments.AttachmentRejectedException if the content is refused
   * @throws NotFoundException if the record was deleted meanwhile
   * @throws IOException if the form cannot be read (malformed, too large, cut off)
   */
  public Attachment upload(Session session, String kind, UUID recordId, @Nullable String caption, MultipartPart file,
      MultipartReader rest) throws IOException {
    AttachmentUpload upload = new AttachmentUpload(kind, recordId, UploadForm.fileName(file), caption,
        UploadForm.declaredType(file), session.accountId());
    try {
      return cases.store().inTransaction(h -> {
        Attachment stored = store.store(h, upload, file.body());
        if (rest.next() != null) {
          throw ValidationException.of(FILE, "must be the last part of the form");
        }
        cases.audit().appendWithin(h, entry(session, AuditAction.CREATE, stored.recordKind(), List.of(stored)));
        return stored;
      });
    } catch (ValidationException e) {
      if (e.fieldErrors().containsKey("recordId")) {
        throw new NotFoundException("no " + kind + " with this id");
      }
      throw e;
    }
  }

  /**
   * Deletes an attachment of a record {@code session} may write, audited in the same transaction.
   *
   * @throws NotFoundException if there is no such attachment, or the documenter does not see its
   *     record
   * @throws ApiException {@code forbidden} if they see its record only coded
   */
  public void delete(Session session, UUID id) {
    Attachment a = store.get(id).orElseThrow(AttachmentDesk::noSuchAttachment);
    try {
      requireWritable(session, a.recordKind(), a.recordId());
    } catch (NotFoundException e) {
      throw noSuchAttachment();
    }
    boolean deleted = cases.store().inTransaction(h -> {
      boolean gone = store.delete(h, id);
      if (gone) {
        cases.audit().appendWithin(h, entry(session, AuditAction.DELETE, a.recordKind(), List.of(a)));
      }
      return gone;
    });
    if (!deleted) {
      throw noSuchAttachment();
    }
  }

  // --- reading ---------------------------------------------------------------------------------

  /**
   * The attachments of a record {@code session} sees, oldest first; with hashes and labels when it
   * sees the record in full (labels opened and audited).
   *
   * @throws NotFoundException if it does not see the record
   */
  public List<AttachmentView> list(Session session, String kind, UUID recordId) {
    Shown<?> parent = seen(kind, recordId, cases.reading(session))
        .orElseThrow(() -> new NotFoundException("no " + kind + " with this id"));
    return views(session, kind, recordId, parent.full());
  }

  /**
   * One attachment, if {@code session} sees its record; with hashes and label (audited) when it
   * sees the record in full.
   *
   * @throws NotFoundException if there is no such attachment or it does not see the record
   */
  public AttachmentView get(Session session, UUID id) {
    Attachment a = store.get(id).orElseThrow(AttachmentDesk::noSuchAttachment);
    Shown<?> parent = seen(a.recordKind(), a.recordId(), cases.reading(session))
        .orElseThrow(AttachmentDesk::noSuchAttachment);
    if (!parent.full()) {
      return view(a, null, false);
    }
    AttachmentLabel label = store.openLabel(a);
    cases.audit().append(entry(session, AuditAction.READ_IDENTITY, a.recordKind(), List.of(a))
        .withDetail("part", "label"));
    return view(a, label, true);
  }

  /**
   * Prepares a download: checks that {@code session} sees the record in full, opens the label
   * (for the file name) and audits the read of label and content.
   *
   * @throws NotFoundException if there is no such attachment or it does not see the record
   * @throws ApiException {@code forbidden} if it sees the record only coded
   */
  public Download download(Session session, UUID id) {
    Attachment a = store.get(id).orElseThrow(AttachmentDesk::noSuchAttachment);
    Shown<?> parent = seen(a.recordKind(), a.recordId(), cases.reading(session))
        .orElseThrow(AttachmentDesk::noSuchAttachment);
    if (!parent.full()) {
      throw new ApiException(ErrorCode.FORBIDDEN, "The file is identity data: it opens only for readers who see"
          + " its record in full (analysts: unlock the record first).", java.util.Map.of());
    }
    AttachmentLabel label = store.openLabel(a);
    cases.audit().append(entry(session, AuditAction.READ_IDENTITY, a.recordKind(), List.of(a))
        .withDetail("part", "content"));
    return new Download(a, label);
  }

  /**
   * Writes a prepared download's content to {@code out}, verified whole first ({@link
   * AttachmentStore#openVerified}): on damage nothing is written.
   *
   * @throws org.guwah.store.attachments.AttachmentDamagedException if it does not verify
   * @throws NotFoundException if it was deleted meanwhile
   * @throws IOException if writing fails (the client went away)
   */
  public void write(Download download, OutputStream out) throws IOException {
    try {
      store.openVerified(download.attachment().id(), out);
    } catch (AttachmentNotFoundException e) {
      throw noSuchAttachment();
    }
  }

  /** A checked, audited download: the attachment and its label. */
  public record Download(Attachment attachment, AttachmentLabel label) {
    @Override
    public String toString() {
      return "Download[" + attachment.id() + "]";
    }
  }

  /** The case page's view of the attachments ({@link AttachmentShelf}). */
  public AttachmentShelf shelf() {
    return (session, kind, recordId, full) -> views(session, kind, recordId, full).stream()
        .map(v -> new AttachmentLine(v.id(), v.mediaType(), v.size(), v.originalSha256(), v.metadataTreatment(),
            v.strippedMetadata(), v.fileName(), v.caption()))
        .toList();
  }

  private List<AttachmentView> views(Session session, String kind, UUID recordId, boolean full) {
    List<Attachment> found = store.listFor(kind, recordId);
    List<AttachmentView> out = new ArrayList<>(found.size());
    if (!full) {
      found.forEach(a -> out.add(view(a, null, false)));
      return List.copyOf(out);
    }
    for (Attachment a : found) {
      out.add(view(a, store.openLabel(a), true));
    }
    if (!found.isEmpty()) {
      cases.audit().append(entry(session, AuditAction.READ_IDENTITY, kind, found).withDetail("part", "label"));
    }
    return List.copyOf(out);
  }

  /** The view of a just stored attachment for its uploader (the label is what they sent). */
  static AttachmentView uploaded(Attachment a, String fileName, @Nullable String caption) {
    return view(a, new AttachmentLabel(fileName, caption), true);
  }

  private static AttachmentView view(Attachment a, @Nullable AttachmentLabel label, boolean full) {
    List<String> stripped = a.strippedMetadata().stream().map(StrippedMetadata::name).sorted().toList();
    return new AttachmentView(a.id(), a.recordKind(), a.recordId(), a.mediaType().mime(), a.size(), a.originalSize(),
        full ? a.originalSha256() : null, full ? a.storedSha256() : null, a.metadataTreatment().code(), stripped,
        a.createdAt(), label == null ? null : label.fileName(), label == null ? null : label.caption());
  }

  private Optional<? extends Shown<?>> seen(String kind, UUID recordId, Reading reading) {
    if (!AttachmentStore.RECORD_KINDS.contains(kind)) {
      throw ValidationException.of("kind", "is not a kind of record that takes attachments");
    }
    return cases.store().storeOf(kind).get(recordId, reading);
  }

  private static AuditEntry entry(Session session, AuditAction action, String recordKind, List<Attachment> files) {
    List<UUID> ids = new ArrayList<>();
    files.forEach(f -> ids.add(f.id()));
    files.stream().map(Attachment::recordId).distinct().forEach(ids::add);
    return CaseDesk.entry(session, action, KIND).withRecords(ids)
        .withDetail("record_kind", recordKind);
  }

  static NotFoundException noSuchAttachment() {
    return new NotFoundException("No attachment with this id (or you may not see it).");
  }

  @Override
  public String toString() {
    return "AttachmentDesk[" + store + "]";
  }
}
