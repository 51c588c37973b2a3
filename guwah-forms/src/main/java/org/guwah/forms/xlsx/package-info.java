/**
 * A bounded, streaming reader of XLSX (Office Open XML) workbooks on the JDK only: the zip
 * container is read from memory with {@link java.util.zip.Inflater}, counting every inflated byte,
 * and the XML parts with StAX with DTDs and external entities refused.
 *
 * <p>Entry point: {@link org.guwah.forms.xlsx.XlsxWorkbook#open(byte[], XlsxLimits)}, then {@link
 * org.guwah.forms.xlsx.XlsxSheet#rows()}. Every failure is an {@link
 * org.guwah.forms.xlsx.UnreadableWorkbookException} with a one-line reason that names the part,
 * sheet or cell, never a cell's content. Nothing is written to disk. Not form-specific: list imports
 * use the same API.
 */
@NullMarked
package org.guwah.forms.xlsx;

import org.jspecify.annotations.NullMarked;
