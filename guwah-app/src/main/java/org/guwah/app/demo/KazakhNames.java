package org.guwah.app.demo;

import java.util.List;
import java.util.Random;

/** Twenty-two common Kazakh given names; a synthetic Kazakh is named given name + patronymic. */
final class KazakhNames {
  static final List<KazakhName> MALE = List.of(
      new KazakhName(true, "Серік", "Serik", "赛力克"),
      new KazakhName(true, "Болат", "Bolat", "波拉提"),
      new KazakhName(true, "Нұрлан", "Nurlan", "努尔兰"),
      new KazakhName(true, "Ерлан", "Erlan", "叶尔兰"),
      new KazakhName(true, "Бауыржан", "Bauyrzhan", "包尔江"),
      new KazakhName(true, "Қайрат", "Qairat", "海拉提"),
      new KazakhName(true, "Асқар", "Asqar", "阿斯卡尔"),
      new KazakhName(true, "Ержан", "Erzhan", "叶尔江"),
      new KazakhName(true, "Марат", "Marat", "马拉提"),
      new KazakhName(true, "Дәурен", "Dauren", "达吾仁"),
      new KazakhName(true, "Ерболат", "Erbolat", "叶尔波拉提"),
      new KazakhName(true, "Жасұлан", "Zhasulan", "加斯兰"));

  static final List<KazakhName> FEMALE = List.of(
      new KazakhName(false, "Айгерім", "Aigerim", "阿依格尔木"),
      new KazakhName(false, "Жанар", "Zhanar", "加娜尔"),
      new KazakhName(false, "Гүлнар", "Gulnar", "古丽娜尔"),
      new KazakhName(false, "Әлия", "Aliia", "阿丽亚"),
      new KazakhName(false, "Сәуле", "Saule", "萨吾列"),
      new KazakhName(false, "Динара", "Dinara", "迪娜拉"),
      new KazakhName(false, "Ақмарал", "Aqmaral", "阿克玛拉"),
      new KazakhName(false, "Мөлдір", "Moldir", "木勒德尔"),
      new KazakhName(false, "Гүлмира", "Gulmira", "古丽米拉"),
      new KazakhName(false, "Назгүл", "Nazgul", "娜孜古丽"));

  private KazakhNames() {}

  static KazakhName given(Random rnd, boolean male) {
    return Draws.one(rnd, male ? MALE : FEMALE);
  }

  static KazakhName father(Random rnd, KazakhName given) {
    while (true) {
      KazakhName f = Draws.one(rnd, MALE);
      if (f != given) {
        return f;
      }
    }
  }
}
