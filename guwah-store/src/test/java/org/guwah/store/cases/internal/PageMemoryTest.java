package org.guwah.store.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PageMemoryTest {
  private Instant now = Instant.parse("2026-11-24T00:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  @Test
  void nothingIsRememberedWhileNoListenerReceivesChangeNotices() {
    DataGeneration generation = new DataGeneration();
    PageMemory<String> pages = new PageMemory<>(generation, 10, Duration.ofSeconds(5), clock);
    long ticket = pages.ticket();
    assertThat(ticket).isEqualTo(DataGeneration.NONE);
    pages.remember(ticket, "k", "page");
    assertThat(pages.find(ticket, "k")).isNull();
    assertThat(pages.size()).isZero();
  }

  @Test
  void aPageIsAnsweredUntilTheDataChanges() {
    DataGeneration generation = new DataGeneration();
    PageMemory<String> pages = new PageMemory<>(generation, 10, Duration.ofSeconds(5), clock);
    generation.listening();
    long ticket = pages.ticket();
    pages.remember(ticket, "k", "page");
    assertThat(pages.find(pages.ticket(), "k")).isEqualTo("page");
    generation.changed();
    assertThat(pages.size()).as("dropped at once").isZero();
    assertThat(pages.find(pages.ticket(), "k")).isNull();
  }

  @Test
  void aReadThatRacedWithAChangeIsNotRemembered() {
    DataGeneration generation = new DataGeneration();
    PageMemory<String> pages = new PageMemory<>(generation, 10, Duration.ofSeconds(5), clock);
    generation.listening();
    long ticket = pages.ticket();
    generation.changed(); // a write committed while the page was being read
    pages.remember(ticket, "k", "old page");
    assertThat(pages.find(pages.ticket(), "k")).isNull();
    assertThat(pages.size()).isZero();
  }

  @Test
  void losingTheListenerDropsEverythingAndStopsRemembering() {
    DataGeneration generation = new DataGeneration();
    PageMemory<String> pages = new PageMemory<>(generation, 10, Duration.ofSeconds(5), clock);
    generation.listening();
    pages.remember(pages.ticket(), "k", "page");
    generation.stoppedListening();
    assertThat(pages.size()).isZero();
    assertThat(pages.ticket()).isEqualTo(DataGeneration.NONE);
  }

  @Test
  void pagesExpireAndTheMemoryIsBounded() {
    DataGeneration generation = new DataGeneration();
    PageMemory<String> pages = new PageMemory<>(generation, 3, Duration.ofSeconds(5), clock);
    generation.listening();
    pages.remember(pages.ticket(), "k", "page");
    now = now.plusSeconds(5);
    assertThat(pages.find(pages.ticket(), "k")).isNull();
    for (int i = 0; i < 10; i++) {
      pages.remember(pages.ticket(), "k" + i, "page");
    }
    assertThat(pages.size()).isLessThanOrEqualTo(3);
  }

  @Test
  void capacityZeroTurnsItOff() {
    DataGeneration generation = new DataGeneration();
    PageMemory<String> pages = new PageMemory<>(generation, 0, Duration.ofSeconds(5), clock);
    generation.listening();
    assertThat(pages.ticket()).isEqualTo(DataGeneration.NONE);
  }

  @Test
  void toStringShowsNoContent() {
    DataGeneration generation = new DataGeneration();
    PageMemory<String> pages = new PageMemory<>(generation, 3, Duration.ofSeconds(5), clock);
    generation.listening();
    pages.remember(pages.ticket(), "k", "Canary Secretova");
    assertThat(pages.toString()).doesNotContain("Canary");
  }
}
