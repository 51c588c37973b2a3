package org.guwah.forms.xlsx;

import java.nio.charset.StandardCharsets;
import org.guwah.forms.xlsx.UnreadableWorkbookException.Reason;

/** Tells what a file that is not a zip archive probably is, so that the refusal can say what to do. */
final class FileSniffer {
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

  private FileSniffer() {}

  static boolean isZip(byte[] b) {
    return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6);
  }

  /** The refusal for bytes that are not a zip archive. */
  static UnreadableWorkbookException refuse(byte[] b) {
    if (b.length == 0) {
      return new UnreadableWorkbookException(Reason.EMPTY, "the file is empty");
    }
    if (startsWith(b, OLE2)) {
      if (indexOf(b, ENCRYPTED_PACKAGE) >= 0) {
        return new UnreadableWorkbookException(Reason.ENCRYPTED,
            "the workbook is password-protected (encrypted); remove the password in the spreadsheet program and save again");
      }
      return new UnreadableWorkbookException(Reason.LEGACY_XLS,
          "this is an Excel 97-2003 workbook (.xls) or another OLE2 document; save it as .xlsx (Excel Workbook)");
    }
    if (b.length >= 2 && b[0] == 'P' && b[1] == 'K') {
      return new UnreadableWorkbookException(Reason.CORRUPT, "the zip archive is damaged");
    }
    if (startsWith(b, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
      return new UnreadableWorkbookException(Reason.NOT_ZIP, "this is a PDF file, not an XLSX workbook");
    }
    int start = startsWith(b, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
    int firstNonSpace = start;
    while (firstNonSpace < b.length && firstNonSpace < 4096 && isSpace(b[firstNonSpace])) {
      firstNonSpace++;
    }
    if (firstNonSpace < b.length && b[firstNonSpace] == '<') {
      return new UnreadableWorkbookException(Reason.XML_FILE,
          "this is an XML or HTML file (an 'XML Spreadsheet 2003' or a web page?), not an XLSX workbook; save it as .xlsx");
    }
    if (looksLikeText(b)) {
      return new UnreadableWorkbookException(Reason.TEXT_FILE,
          "this is a text (CSV) file renamed, not an XLSX workbook; open it in a spreadsheet program and save as .xlsx");
    }
    return new UnreadableWorkbookException(Reason.NOT_ZIP, "this is not an XLSX workbook (not a zip archive)");
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /** Valid UTF-8 (or plain 8-bit text) in the first 4 KiB with no control bytes but tab and line ends. */
  private static boolean looksLikeText(byte[] b) {
    int n = Math.min(b.length, 4096);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0c) {
        bad++;
      }
    }
    return bad == 0;
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= b.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
