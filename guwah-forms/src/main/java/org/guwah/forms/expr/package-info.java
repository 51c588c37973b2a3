/**
 * The expression language of XLSForm {@code relevant}, {@code constraint}, {@code required},
 * {@code choice_filter} and {@code repeat_count} columns: a small, typed, null-safe subset of ODK
 * XPath. Expressions are parsed once, when the form is loaded ({@link
 * org.guwah.forms.expr.Expression#parse}), checked against the form's field names, and evaluated
 * any number of times without throwing. Parsed expressions are immutable and thread-safe.
 */
@NullMarked
package org.guwah.forms.expr;

import org.jspecify.annotations.NullMarked;
