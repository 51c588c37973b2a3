/**
 * XLSForm questionnaires: {@link org.guwah.forms.XlsForm#parse(byte[])} reads an XLSX file into an
 * immutable {@link org.guwah.forms.FormDefinition} or reports every structural problem at once by
 * sheet, row and column ({@link org.guwah.forms.InvalidFormException}). A form may declare, per
 * question, which field of the case model its answer fills ({@link
 * org.guwah.forms.MappingTarget}, the {@code guwah} column).
 *
 * <p>Submissions are validated in {@code org.guwah.forms.submission} and turned into mapped values
 * in {@code org.guwah.forms.mapping}. Form problems describe form structure only; nothing here
 * logs, and nothing touches the disk.
 */
@NullMarked
package org.guwah.forms;

import org.jspecify.annotations.NullMarked;
