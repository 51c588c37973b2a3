package org.guwah.app.imports;

/**
 * Why one row (or record) of an import file was refused: its line number (1-based; 0 for the file
 * as a whole), the field, and what is wrong. Never contains the rejected value.
 */
public record Rejection(long line, String field, String reason) {
  @Override
  public String toString() {
    return (line > 0 ? "line " + line : "file") + (field.isEmpty() ? "" : ", " + field) + ": " + reason;
  }
}
