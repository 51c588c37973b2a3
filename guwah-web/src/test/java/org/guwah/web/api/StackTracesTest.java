package org.guwah.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackTracesTest {
  @Test
  void renders_classes_and_frames_without_messages() {
    IllegalStateException e = new IllegalStateException("secret one",
        new java.io.IOException("secret two"));
    e.addSuppressed(new IllegalArgumentException("secret three"));
    String text = StackTraces.withoutMessages(e);
    assertThat(text).contains("java.lang.IllegalStateException", "Caused by: java.io.IOException",
        "Suppressed: java.lang.IllegalArgumentException", "\tat org.guwah.web.api.StackTracesTest");
    assertThat(text).doesNotContain("secret");
  }

  @Test
  void survives_cause_cycles() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(StackTraces.withoutMessages(a)).contains("cycle");
  }
}
