package org.guwah.app.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The 22 countries on 5 continents where the demo respondents live: the countries named in
 * Amnesty's 2020 study (DOMAIN.md §8.1) plus the United Kingdom, Japan and Switzerland, weighted
 * roughly by the size of their Uyghur and Kazakh diasporas.
 */
final class Residences {
  static final List<Residence> ALL = List.of(
      new Residence("TR", "Asia", 90, List.of("Istanbul", "Kayseri", "Ankara", "Izmir"), "90"),
      new Residence("KZ", "Asia", 60, List.of("Almaty", "Astana", "Zharkent", "Shymkent"), "7"),
      new Residence("KG", "Asia", 14, List.of("Bishkek", "Osh"), "996"),
      new Residence("UZ", "Asia", 10, List.of("Tashkent", "Andijan"), "998"),
      new Residence("AF", "Asia", 5, List.of("Kabul"), "93"),
      new Residence("SA", "Asia", 10, List.of("Jeddah", "Riyadh", "Mecca"), "966"),
      new Residence("IR", "Asia", 4, List.of("Tehran", "Mashhad"), "98"),
      new Residence("JP", "Asia", 6, List.of("Tokyo", "Osaka"), "81"),
      new Residence("AU", "Oceania", 18, List.of("Adelaide", "Melbourne", "Sydney", "Perth"), "61"),
      new Residence("NZ", "Oceania", 6, List.of("Auckland", "Wellington"), "64"),
      new Residence("BE", "Europe", 10, List.of("Brussels", "Antwerp"), "32"),
      new Residence("DE", "Europe", 25, List.of("Munich", "Berlin", "Hamburg"), "49"),
      new Residence("NO", "Europe", 12, List.of("Oslo", "Bergen"), "47"),
      new Residence("RU", "Europe", 8, List.of("Moscow", "Saint Petersburg"), "7"),
      new Residence("SE", "Europe", 12, List.of("Stockholm", "Gothenburg"), "46"),
      new Residence("NL", "Europe", 20, List.of("Amsterdam", "The Hague", "Utrecht"), "31"),
      new Residence("FR", "Europe", 10, List.of("Paris", "Lyon"), "33"),
      new Residence("GB", "Europe", 10, List.of("London", "Birmingham"), "44"),
      new Residence("CH", "Europe", 4, List.of("Geneva", "Zurich"), "41"),
      new Residence("CA", "North America", 15, List.of("Toronto", "Montreal", "Vancouver", "Ottawa"), "1"),
      new Residence("US", "North America", 30, List.of("Washington", "New York", "Fairfax", "Los Angeles"), "1"),
      new Residence("EG", "Africa", 10, List.of("Cairo", "Alexandria"), "20"));

  private static final int[] WEIGHTS = ALL.stream().mapToInt(Residence::weight).toArray();

  private Residences() {}

  /**
   * Exactly {@code n} residences in shuffled order: every country at least once when {@code n >=
   * 22}, the rest by weight (largest remainder), so the country mix does not depend on chance.
   */
  static List<Residence> allocate(int n, Random rnd) {
    List<Residence> out = new ArrayList<>(n);
    if (n < ALL.size()) {
      List<Residence> pool = new ArrayList<>(ALL);
      pool.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
      out.addAll(pool.subList(0, n));
    } else {
      int rest = n - ALL.size();
      int total = ALL.stream().mapToInt(Residence::weight).sum();
      int[] counts = new int[ALL.size()];
      double[] remainder = new double[ALL.size()];
      int given = 0;
      for (int i = 0; i < ALL.size(); i++) {
        double exact = (double) rest * ALL.get(i).weight() / total;
        counts[i] = (int) Math.floor(exact);
        remainder[i] = exact - counts[i];
        given += counts[i];
      }
      while (given < rest) {
        int best = 0;
        for (int i = 1; i < remainder.length; i++) {
          if (remainder[i] > remainder[best]) {
            best = i;
          }
        }
        counts[best]++;
        remainder[best] = -1;
        given++;
      }
      for (int i = 0; i < ALL.size(); i++) {
        for (int k = 0; k < counts[i] + 1; k++) {
          out.add(ALL.get(i));
        }
      }
    }
    Collections.shuffle(out, rnd);
    return out;
  }

  /** A residence drawn by weight (for bulk rows, where exact shares do not matter). */
  static Residence weighted(Random rnd) {
    return ALL.get(Draws.weighted(rnd, WEIGHTS));
  }
}
