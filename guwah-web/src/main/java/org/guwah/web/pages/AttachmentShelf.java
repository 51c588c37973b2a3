package org.guwah.web.pages;

import java.util.List;
import java.util.UUID;
import org.guwah.store.accounts.Session;

/**
 * What the case page shows of each record's attachments, supplied by the attachments feature
 * ({@code org.guwah.web.attachments}). Implementations apply the attachment reading rules and audit
 * whatever identity data (file names, captions) they decrypt.
 */
@FunctionalInterface
public interface AttachmentShelf {
  /**
   * The attachments of one record that {@code session} sees, oldest first.
   *
   * @param kind the record's kind ({@code person}, {@code source}, {@code incident}, ...)
   * @param recordId the record's id
   * @param full whether {@code session} sees the record in full (then hashes and labels are shown)
   */
  List<AttachmentLine> lines(Session session, String kind, UUID recordId, boolean full);

  /** A shelf that shows no attachments. */
  static AttachmentShelf none() {
    return (session, kind, recordId, full) -> List.of();
  }
}
