/**
 * Turns a validated {@link org.guwah.forms.submission.Submission} into neutral, typed values per
 * case-model record ({@link org.guwah.forms.mapping.MappedCase#from}), which the web layer turns
 * into {@code Person}, {@code Incident}, {@code Detention}, {@code Source} and {@code Relationship}
 * records. Values are respondent data: {@code toString()} never shows them.
 */
@NullMarked
package org.guwah.forms.mapping;

import org.jspecify.annotations.NullMarked;
