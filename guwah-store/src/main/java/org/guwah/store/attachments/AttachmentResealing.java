package org.guwah.store.attachments;

/**
 * What {@link AttachmentStore#resealUnderPrimary()} did (counts only).
 *
 * @param attachments attachments visited
 * @param resealed attachments of which at least one sealed value (chunk, provenance, label) was
 *     sealed again under the primary key
 * @param alreadyCurrent attachments already entirely under the primary key (left alone)
 * @param unreadable attachments with a sealed value no key of the ring opens, or that were
 *     damaged (left as they were)
 */
public record AttachmentResealing(long attachments, long resealed, long alreadyCurrent, long unreadable) {
  public AttachmentResealing {
    if (attachments < 0 || resealed < 0 || alreadyCurrent < 0 || unreadable < 0
        || resealed + alreadyCurrent + unreadable > attachments) {
      throw new IllegalArgumentException("inconsistent counts");
    }
  }
}
