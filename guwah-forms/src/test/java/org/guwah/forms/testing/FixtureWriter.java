package org.guwah.forms.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the committed fixture workbooks under {@code src/test/resources/org/guwah/forms/}. Run by
 * hand after changing {@link SampleForms}: {@code java -cp ... org.guwah.forms.testing.FixtureWriter DIR}.
 */
public final class FixtureWriter {
  private FixtureWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/guwah/forms");
    Files.createDirectories(dir);
    Files.write(dir.resolve("uyghur-intake.xlsx"), SampleForms.uyghur().build());
    Files.write(dir.resolve("relatives-multilingual.xlsx"), SampleForms.multilingual().inlineStrings().build());
    Files.write(dir.resolve("broken-structure.xlsx"), XlsxBuilder.create()
        .sheet("survey").row("type", "name", "label")
        .row("text", "a", "A")
        .row("begin_group", "g", "G")
        .row("geopoint", "where", "Where?")
        .row("text", "a", "Duplicate")
        .build());
  }
}
