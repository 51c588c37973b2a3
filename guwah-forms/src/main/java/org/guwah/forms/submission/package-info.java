/**
 * Validation of answers to a {@link org.guwah.forms.FormDefinition}: {@link
 * org.guwah.forms.submission.SubmissionValidator#validate} turns raw form-encoded answers ({@link
 * org.guwah.forms.submission.RawAnswers}) into a typed {@link org.guwah.forms.submission.Submission}
 * or per-field problems carrying the form's messages in the respondent's language.
 *
 * <p>Answers are respondent data: no class here logs them, and every {@code toString()} leaves them
 * out. Problems name the field and what is wrong, never the answer.
 */
@NullMarked
package org.guwah.forms.submission;

import org.jspecify.annotations.NullMarked;
