package org.guwah.forms.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import org.guwah.forms.xlsx.UnreadableWorkbookException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * An XLSX workbook opened from bytes in memory. Opening reads the zip directory, the workbook part
 * and its relationships (sheet names and parts), the shared strings and the styles (which number
 * formats are dates); sheets are streamed on demand through {@link XlsxSheet#rows()}.
 *
 * <p>Nothing is evaluated (formulas keep their cached results), nothing external is fetched, and
 * nothing is written to disk. Every failure — wrong file type, damage, a DTD, a broken {@link
 * XlsxLimits limit} — is an {@link UnreadableWorkbookException} with a one-line reason. Immutable
 * and thread-safe after opening; the inflation counter is shared by all readers of one workbook.
 */
public final class XlsxWorkbook {
  private final ZipContainer zip;
  private final XlsxLimits limits;
  private final List<XlsxSheet> sheets;
  private final SharedStrings sharedStrings;
  private final Styles styles;
  private final boolean date1904;

  private XlsxWorkbook(ZipContainer zip, XlsxLimits limits, List<SheetRef> refs, SharedStrings sharedStrings,
      Styles styles, boolean date1904) {
    this.zip = zip;
    this.limits = limits;
    this.sharedStrings = sharedStrings;
    this.styles = styles;
    this.date1904 = date1904;
    List<XlsxSheet> list = new ArrayList<>();
    for (SheetRef r : refs) {
      list.add(new XlsxSheet(this, r.name(), r.part()));
    }
    this.sheets = List.copyOf(list);
  }

  private record SheetRef(String name, String part) {}

  /** Opens a workbook with {@link XlsxLimits#defaults()}. */
  public static XlsxWorkbook open(byte[] bytes) {
    return open(bytes, XlsxLimits.defaults());
  }

  /**
   * Opens a workbook held in {@code bytes} (not copied; do not change it afterwards).
   *
   * @throws UnreadableWorkbookException if it is not a readable XLSX workbook within {@code limits}
   */
  public static XlsxWorkbook open(byte[] bytes, XlsxLimits limits) {
    if (bytes.length > limits.maxInputBytes()) {
      throw new UnreadableWorkbookException(Reason.TOO_LARGE,
          "the file is larger than the limit of " + limits.maxInputBytes() + " bytes");
    }
    if (!FileSniffer.isZip(bytes)) {
      throw FileSniffer.refuse(bytes);
    }
    ZipContainer zip = ZipContainer.read(bytes, limits);
    String workbookPart = workbookPart(zip);
    Map<String, PartNames.Relationship> rels = PartNames.relationships(zip, workbookPart);
    boolean[] date1904 = {false};
    List<SheetRef> refs = sheets(zip, workbookPart, rels, date1904);
    String sst = PartNames.target(rels, "sharedStrings");
    SharedStrings strings = SharedStrings.empty();
    if (sst != null && zip.contains(sst)) {
      strings = SharedStrings.read(sst, zip.open(sst), limits);
    }
    String stylesPart = PartNames.target(rels, "styles");
    Styles styles = Styles.none();
    if (stylesPart != null && zip.contains(stylesPart)) {
      styles = Styles.read(stylesPart, zip.open(stylesPart));
    }
    return new XlsxWorkbook(zip, limits, refs, strings, styles, date1904[0]);
  }

  /**
   * Reads at most {@code limits.maxInputBytes()} bytes from {@code in} (one byte more fails) and
   * opens them. The stream is not closed.
   */
  public static XlsxWorkbook read(InputStream in, XlsxLimits limits) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the workbook", e);
    }
    return open(bytes, limits);
  }

  private static String workbookPart(ZipContainer zip) {
    String fromRels = PartNames.target(PartNames.relationships(zip, ""), "officeDocument");
    if (fromRels != null && zip.contains(fromRels)) {
      if (fromRels.endsWith(".bin")) {
        throw new UnreadableWorkbookException(Reason.BINARY_WORKBOOK,
            "this is an Excel binary workbook (.xlsb); save it as .xlsx (Excel Workbook)");
      }
      return fromRels;
    }
    if (zip.contains("xl/workbook.xml")) {
      return "xl/workbook.xml";
    }
    if (zip.contains("xl/workbook.bin")) {
      throw new UnreadableWorkbookException(Reason.BINARY_WORKBOOK,
          "this is an Excel binary workbook (.xlsb); save it as .xlsx (Excel Workbook)");
    }
    if (zip.contains("mimetype") || zip.contains("content.xml")) {
      throw new UnreadableWorkbookException(Reason.OPEN_DOCUMENT,
          "this is an OpenDocument file (.ods); save it as .xlsx (Excel 2007-365)");
    }
    if (zip.contains("word/document.xml") || zip.contains("ppt/presentation.xml")) {
      throw new UnreadableWorkbookException(Reason.NOT_WORKBOOK,
          "this is a Word or PowerPoint document, not a spreadsheet");
    }
    throw new UnreadableWorkbookException(Reason.NOT_WORKBOOK, "this zip archive is not an XLSX workbook (no workbook part)");
  }

  private static List<SheetRef> sheets(ZipContainer zip, String workbookPart, Map<String, PartNames.Relationship> rels,
      boolean[] date1904) {
    List<SheetRef> out = new ArrayList<>();
    try (SafeXml.Reader r = SafeXml.open(workbookPart, zip.open(workbookPart))) {
      int ev;
      while ((ev = r.nextTag()) != XMLStreamConstants.END_DOCUMENT) {
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (r.name().equals("workbookPr")) {
          String d = r.attribute("date1904");
          date1904[0] = "1".equals(d) || "true".equalsIgnoreCase(d);
        } else if (r.name().equals("sheet")) {
          String name = r.attribute("name");
          String id = r.relationshipAttribute("id");
          PartNames.Relationship rel = id == null ? null : rels.get(id);
          if (name == null || rel == null) {
            throw new UnreadableWorkbookException(Reason.CORRUPT, workbookPart, "a sheet has no name or no part");
          }
          if (!rel.type().equals("worksheet")) {
            continue; // chart sheets and dialog sheets hold no cells
          }
          if (out.size() >= 1000) {
            throw new UnreadableWorkbookException(Reason.TOO_MANY_ENTRIES, "the workbook has more than 1000 sheets");
          }
          out.add(new SheetRef(name, rel.target()));
        }
      }
    }
    return out;
  }

  /** Sheet names in workbook (tab) order; chart sheets are not listed. */
  public List<String> sheetNames() {
    List<String> names = new ArrayList<>(sheets.size());
    for (XlsxSheet s : sheets) {
      names.add(s.name());
    }
    return names;
  }

  public List<XlsxSheet> sheets() {
    return sheets;
  }

  /** The sheet with exactly this name. */
  public Optional<XlsxSheet> sheet(String name) {
    for (XlsxSheet s : sheets) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The sheet whose name equals {@code name} ignoring case and surrounding blanks. */
  public Optional<XlsxSheet> sheetIgnoreCase(String name) {
    String want = name.strip().toLowerCase(Locale.ROOT);
    for (XlsxSheet s : sheets) {
      if (s.name().strip().toLowerCase(Locale.ROOT).equals(want)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  public XlsxLimits limits() {
    return limits;
  }

  /** Whether the workbook counts dates from 1904 (old Mac Excel). */
  public boolean date1904() {
    return date1904;
  }

  ZipContainer zip() {
    return zip;
  }

  @Nullable String sharedString(int index) {
    return sharedStrings.get(index);
  }

  boolean isDateStyle(int style) {
    return styles.isDate(style);
  }

  @Override
  public String toString() {
    return "XlsxWorkbook[" + sheets.size() + " sheets]";
  }
}
