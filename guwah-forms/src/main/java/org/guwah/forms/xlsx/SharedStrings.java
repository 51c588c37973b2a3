package org.guwah.forms.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import org.guwah.forms.xlsx.UnreadableWorkbookException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The shared-strings table: rich-text runs are joined, phonetic runs dropped, {@code _xHHHH_}
 * escapes decoded. A string longer than the cell limit is kept as the {@link #TOO_LONG} marker so
 * that the cell using it can be named in the error. Immutable once read.
 */
final class SharedStrings {
  /** Marks a string over the cell limit (compared by identity). */
  @SuppressWarnings("StringOperationCanBeSimplified")
  static final String TOO_LONG = new String("\u0000");

  private final List<String> strings;

  private SharedStrings(List<String> strings) {
    this.strings = strings;
  }

  static SharedStrings empty() {
    return new SharedStrings(List.of());
  }

  static SharedStrings read(String part, InputStream in, XlsxLimits limits) {
    List<String> out = new ArrayList<>();
    try (SafeXml.Reader r = SafeXml.open(part, in)) {
      int ev;
      StringBuilder current = null;
      boolean tooLong = false;
      while ((ev = r.nextTag()) != XMLStreamConstants.END_DOCUMENT) {
        String name = r.name();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (name) {
            case "si":
              current = new StringBuilder();
              tooLong = false;
              break;
            case "rPh":
            case "phoneticPr":
              r.skip();
              break;
            case "t":
              if (current == null) {
                r.skip();
                break;
              }
              String text = r.text(tooLong ? 0 : limits.maxCellChars() - current.length());
              if (text == null) {
                tooLong = true;
              } else {
                current.append(text);
              }
              break;
            default:
              break;
          }
        } else if (name.equals("si") && current != null) {
          if (out.size() >= limits.maxSharedStrings()) {
            throw new UnreadableWorkbookException(Reason.TOO_MANY_ROWS, part,
                "has more than " + limits.maxSharedStrings() + " shared strings");
          }
          out.add(tooLong ? TOO_LONG : OoxmlText.decode(current.toString()));
          current = null;
        }
      }
    }
    return new SharedStrings(out);
  }

  /** The string at {@code index} (possibly {@link #TOO_LONG}), or {@code null} if there is none. */
  @Nullable String get(int index) {
    return index >= 0 && index < strings.size() ? strings.get(index) : null;
  }
}
