package org.guwah.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.guwah.core.vocab.Language;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final Pattern KEY_USE = Pattern.compile("\\.get\\(\"([a-zA-Z0-9.]+)\"\\)");

  @Test
  void everyKeyHasATextInEveryLanguage() {
    List<String> missing = new ArrayList<>();
    for (String key : Messages.standard().keys()) {
      for (Language l : Language.values()) {
        String text = Messages.standard().text(key, l);
        if (text == null || text.isBlank()) {
          missing.add(key + " [" + l.code() + "]");
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(Messages.standard().keys()).hasSizeGreaterThan(50);
  }

  @Test
  void everyKeyATemplateOrPageUsesExists() throws IOException {
    TreeSet<String> used = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java/org/guwah/web/pages"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Matcher m = KEY_USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).isNotEmpty();
    TreeSet<String> unknown = new TreeSet<>(used);
    unknown.removeAll(Messages.standard().keys());
    assertThat(unknown).as("keys used in templates but missing from messages.tsv").isEmpty();
  }

  @Test
  void uyghurIsRightToLeftAndTheOthersAreNot() {
    assertThat(Messages.standard().in(Language.UG).dir()).isEqualTo("rtl");
    for (Language l : Language.values()) {
      if (l != Language.UG) {
        assertThat(Messages.standard().in(l).dir()).isEqualTo("ltr");
      }
    }
  }

  @Test
  void anUnknownKeyShowsItselfRatherThanFailingThePage() {
    assertThat(Messages.standard().in(Language.KK).get("no.such.key")).isEqualTo("[no.such.key]");
  }

  @Test
  void vocabularyLabelsComeInTheLanguage() {
    assertThat(Messages.standard().in(Language.ZH).label("sex", "FEMALE")).isNotEqualTo("FEMALE");
    assertThat(Messages.standard().in(Language.UG).label("tactic", "THREAT_DIRECT")).matches(".*\\p{IsArabic}.*");
  }
}
