/**
 * Attachments on the web (issue 4, part 5; ADR 0011): uploading a file to a case record, listing a
 * record's files, downloading and deleting them, through the JSON API ({@link
 * org.guwah.web.attachments.AttachmentRoutes}) and the workspace pages ({@link
 * org.guwah.web.attachments.AttachmentPages}), both over one {@link
 * org.guwah.web.attachments.AttachmentDesk} that applies the rules:
 *
 * <ul>
 *   <li>uploads stream from the request into the encrypting store ({@code multipart/form-data}
 *       read by {@link org.guwah.web.multipart.MultipartReader}, never buffered whole, never on
 *       disk), limited while they are read; every refusal (too large, wrong or unsupported type,
 *       empty, malformed) leaves nothing stored;
 *   <li>only documenters upload and delete, on records they see in full; file content, file names
 *       and captions are identity data, opened only for readers who see the record in full
 *       (ADR 0008), each such read audited as {@code read_identity};
 *   <li>downloads are verified whole before the first byte is sent and served as {@code
 *       attachment} with {@code nosniff} and a sandboxing CSP, so a stored file never runs as a
 *       page of this site.
 * </ul>
 *
 * <p>Nothing here logs a file name, caption or content; error messages name the problem, types and
 * byte offsets only.
 */
@NullMarked
package org.guwah.web.attachments;

import org.jspecify.annotations.NullMarked;
