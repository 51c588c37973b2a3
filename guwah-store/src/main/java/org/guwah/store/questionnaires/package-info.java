/**
 * Closed-pool questionnaires: uploaded forms, invitations enforced on the server (single- or
 * N-use, expiring, revocable), sealed submissions that cannot be linked to the invitation that
 * admitted them, a review queue, and replies exchanged under a codename. See {@link
 * org.guwah.store.questionnaires.QuestionnaireStore} and ADR 0015.
 */
@NullMarked
package org.guwah.store.questionnaires;

import org.jspecify.annotations.NullMarked;
