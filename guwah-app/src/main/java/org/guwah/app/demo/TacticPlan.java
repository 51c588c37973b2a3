package org.guwah.app.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which respondents are targeted by the four tactics whose counts Amnesty reported (DOMAIN.md
 * §8.1): exactly {@code Math.round(n·21/400)} by messaging-app surveillance, {@code
 * Math.round(n·39/400)} by demands for information, {@code Math.round(n·181/400)} by threats (to
 * themselves or their family) and {@code Math.round(n·26/400)} by informant recruitment. Chosen by
 * a seeded shuffle, not sampled, so the counts are exact for every seed.
 */
final class TacticPlan {
  static final int STUDY_SIZE = 400;
  static final int MESSAGING = 21;
  static final int INFO = 39;
  static final int THREAT = 181;
  static final int INFORMANT = 26;

  private final boolean[] messaging;
  private final boolean[] info;
  private final boolean[] threat;
  private final boolean[] informant;

  private TacticPlan(boolean[] messaging, boolean[] info, boolean[] threat, boolean[] informant) {
    this.messaging = messaging;
    this.info = info;
    this.threat = threat;
    this.informant = informant;
  }

  static TacticPlan allocate(int n, Random rnd) {
    return new TacticPlan(
        choose(n, scaled(n, MESSAGING), rnd),
        choose(n, scaled(n, INFO), rnd),
        choose(n, scaled(n, THREAT), rnd),
        choose(n, scaled(n, INFORMANT), rnd));
  }

  /** {@code Math.round(n * studyCount / 400.0)}. */
  static int scaled(int n, int studyCount) {
    return (int) Math.round(n * (double) studyCount / STUDY_SIZE);
  }

  private static boolean[] choose(int n, int k, Random rnd) {
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, rnd);
    boolean[] chosen = new boolean[n];
    for (int i = 0; i < Math.min(k, n); i++) {
      chosen[order.get(i)] = true;
    }
    return chosen;
  }

  boolean messaging(int respondent) {
    return messaging[respondent];
  }

  boolean info(int respondent) {
    return info[respondent];
  }

  boolean threat(int respondent) {
    return threat[respondent];
  }

  boolean informant(int respondent) {
    return informant[respondent];
  }
}
