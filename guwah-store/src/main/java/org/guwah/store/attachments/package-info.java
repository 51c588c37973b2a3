/**
 * Attachments to case records: screenshots of threats, chat exports, voice messages, documents.
 * See {@link org.guwah.store.attachments.AttachmentStore} for the full contract.
 */
@NullMarked
package org.guwah.store.attachments;

import org.jspecify.annotations.NullMarked;
