package org.guwah.names.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Microbenchmark (not a test): builds keys for synthetic names of mixed scripts and compares
 * random pairs. Run once, on a quiet machine:
 *
 * <pre>
 * cd /work/main &amp;&amp; mvn -q -Dguwah.target=target-names -pl guwah-names -am verify
 * cd guwah-names &amp;&amp; mvn -q -Dguwah.target=target-names dependency:build-classpath \
 *     -Dmdep.outputFile=target-names/test-classpath.txt
 * java -cp target-names/classes:target-names/test-classes:$(cat target-names/test-classpath.txt) \
 *     org.guwah.names.keys.NameKeysBenchmark 1000000 10000000 2
 * </pre>
 *
 * Arguments: number of names, number of comparisons, threads. Names are generated from common
 * given names in six scripts; no real person.
 */
public final class NameKeysBenchmark {
  private static final String[][] GIVEN = {
    {"Memet", "Mamat", "Мамет", "مەمەت", "麦麦提", "买买提", "Mehmet"},
    {"Tursun", "Tursun", "Турсун", "تۇرسۇن", "吐尔逊", "吐尔孙", "Tursun"},
    {"Ilham", "Ilkham", "Илһам", "ئىلھام", "伊力哈木", "伊力哈木", "İlham"},
    {"Rahile", "Rehile", "Рәһилә", "راھىلە", "热依拉", "热依拉", "Rahile"},
    {"Qurban", "Kurban", "Құрбан", "قۇربان", "库尔班", "库尔班", "Kurban"},
    {"Aygul", "Aigul", "Айгүл", "ئايگۈل", "阿依古丽", "阿依古丽", "Aygül"},
    {"Abdurehim", "Abdurakhim", "Абдурахим", "ئابدۇرېھىم", "阿卜都热依木", "阿不都热依木", "Abdurrahim"},
    {"Gulnar", "Gulnara", "Гулнар", "گۈلنار", "古丽娜尔", "古丽娜尔", "Gülnar"},
    {"Adil", "Adil", "Адил", "ئادىل", "阿迪力", "阿迪力", "Adil"},
    {"Erkin", "Erkin", "Еркін", "ئەركىن", "艾尔肯", "艾尔肯", "Erkin"},
    {"Patime", "Fatima", "Патимә", "پاتىمە", "帕提麦", "帕提曼", "Fatma"},
    {"Dawut", "Davut", "Давут", "داۋۇت", "达吾提", "达吾提", "Davut"},
    {"Yusup", "Yusuf", "Юсуп", "يۇسۇپ", "玉素甫", "玉素甫", "Yusuf"},
    {"Niyaz", "Niyaz", "Нияз", "نىياز", "尼亚孜", "尼亚孜", "Niyaz"},
    {"Xalide", "Khalida", "Халидә", "خالىدە", "哈丽达", "哈丽达", "Halide"},
    {"Osman", "Osman", "Осман", "ئوسمان", "吾斯曼", "吾斯曼", "Osman"}
  };

  private NameKeysBenchmark() {}

  public static void main(String[] args) throws InterruptedException {
    int names = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long comparisons = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<String> inputs = generate(names, new SplittableRandom(20240601L));
    // warm up
    for (int i = 0; i < 200_000; i++) {
      NameKeys.of(inputs.get(i % inputs.size()));
    }
    NameKey[] keys = new NameKey[names];
    long t0 = System.nanoTime();
    runParallel(threads, names, (from, to) -> {
      for (int i = from; i < to; i++) {
        keys[i] = NameKeys.of(inputs.get(i));
      }
    });
    long t1 = System.nanoTime();
    double[] sink = new double[threads];
    runParallel(threads, (int) Math.min(comparisons, Integer.MAX_VALUE), (from, to) -> {
      SplittableRandom r = new SplittableRandom(from);
      double s = 0;
      for (int i = from; i < to; i++) {
        s += NameSimilarity.compare(keys[r.nextInt(names)], keys[r.nextInt(names)]).score();
      }
      sink[from == 0 ? 0 : threads - 1] += s;
    });
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "keys: %,d names in %.2f s (%.2f us/name, %d threads)%n",
        names, (t1 - t0) / 1e9, (t1 - t0) / 1e3 / names * threads, threads);
    System.out.printf(Locale.ROOT, "compare: %,d pairs in %.2f s (%.2f us/pair, %d threads) [%.1f]%n",
        comparisons, (t2 - t1) / 1e9, (t2 - t1) / 1e3 / comparisons * threads, threads, sink[0]);
  }

  /** A range task. */
  private interface Range {
    void run(int from, int to);
  }

  private static void runParallel(int threads, int n, Range task) throws InterruptedException {
    List<Thread> list = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) n * t / threads);
      int to = (int) ((long) n * (t + 1) / threads);
      Thread th = new Thread(() -> task.run(from, to));
      th.start();
      list.add(th);
    }
    for (Thread th : list) {
      th.join();
    }
  }

  private static List<String> generate(int n, SplittableRandom r) {
    String[] separators = {"·", "・", "•", ".", ""};
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int script = r.nextInt(7);
      String a = GIVEN[r.nextInt(GIVEN.length)][script];
      String b = GIVEN[r.nextInt(GIVEN.length)][script];
      String name;
      if (script == 4 || script == 5) {
        name = a + separators[r.nextInt(separators.length)] + b;
      } else if (script == 2 && r.nextBoolean()) {
        name = b + "ов " + a;
      } else {
        name = a + " " + b;
      }
      out.add(name);
    }
    return out;
  }
}
