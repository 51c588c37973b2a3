package org.guwah.analysis.linkage.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The generator's given names: common Uyghur and Kazakh given names with their Chinese-character
 * renderings per syllable, and the pinyin of every character used. Written for the generator,
 * independently of {@code guwah-names}' syllable table. A synthetic person is named given name +
 * father's given name; combinations are random, so no real person is described.
 */
final class NamePool {
  private static PoolName u(String uly, String hanzi, boolean male) {
    return new PoolName(uly, "", hanzi, male, false);
  }

  private static PoolName k(String cyrillic, String latin, String hanzi, boolean male) {
    return new PoolName(latin, cyrillic, hanzi, male, true);
  }

  static final List<PoolName> UYGHUR_MALE =
      List.of(
          u("Memet", "麦/买 麦/买 提", true),
          u("Abdulla", "阿 卜/不 杜/都 拉", true),
          u("Tursun", "吐 尔 逊/孙", true),
          u("Ablikim", "阿 不/卜 力 克 木", true),
          u("Exmet", "艾 合 麦/买 提", true),
          u("Qurban", "库 尔 班", true),
          u("Ilyas", "伊 力 亚 斯", true),
          u("Yusup", "玉 素 甫/普", true),
          u("Ömer", "吾 麦/买 尔", true),
          u("Hesen", "艾 山", true),
          u("Ismayil", "司/斯 马 义", true),
          u("Rozi", "若/肉 孜", true),
          u("Nurmemet", "努 尔 麦/买 麦/买 提", true),
          u("Abduréhim", "阿 卜/不 杜/都 热 依 木", true),
          u("Kérim", "克 里/力 木", true),
          u("Obul", "吾 布 力", true),
          u("Tahir", "塔 依/伊 尔", true),
          u("Erkin", "艾 尔 肯", true),
          u("Mamut", "麻/马 木 提", true),
          u("Adil", "阿 迪 力/里", true),
          u("Perhat", "帕 尔 哈 提", true),
          u("Ghopur", "吾 甫 尔", true),
          u("Osman", "吾/奥 斯 曼", true),
          u("Niyaz", "尼 亚 孜", true),
          u("Dawut", "达 吾 提", true),
          u("Eysa", "艾 沙", true),
          u("Musa", "木/穆 沙/萨", true),
          u("Yasin", "亚 森/生", true),
          u("Alim", "阿 里/力 木", true),
          u("Sultan", "苏 力/里 坦", true),
          u("Abdukérim", "阿 卜/不 杜/都 克 热 木", true),
          u("Abdurehman", "阿 卜/不 杜/都 热 合 曼", true),
          u("Abliz", "阿 不/卜 力 孜", true),
          u("Yunus", "玉/尤 努 斯", true),
          u("Jappar", "加 帕 尔", true),
          u("Kamil", "卡 米 力", true),
          u("Ablet", "阿 不/布 来 提", true),
          u("Barat", "巴 拉 提", true),
          u("Sabit", "沙/萨 比 提", true),
          u("Nijat", "尼 加 提", true),
          u("Ekber", "艾 克 拜 尔", true),
          u("Memtimin", "麦/买 提 敏/明", true),
          u("Toxti", "托 合 提", true),
          u("Ilham", "伊 力 哈 木", true),
          u("Mutellip", "木 塔 力 甫", true),
          u("Polat", "波 拉 提", true),
          u("Qadir", "卡/喀 德/迪 尔", true),
          u("Rehim", "热 依 木", true),
          u("Hoshur", "吾 守 尔", true),
          u("Weli", "外/吾 力", true),
          u("Yaqup", "亚/雅 库 甫", true),
          u("Zakir", "扎 克 尔", true),
          u("Abdusalam", "阿 卜/不 杜/都 萨 拉 木", true),
          u("Turghun", "吐 尔 洪", true),
          u("Mijit", "米 吉 提", true),
          u("Sadiq", "沙/萨 迪 克", true),
          u("Tursunjan", "吐 尔 逊/孙 江", true),
          u("Memetjan", "麦/买 麦/买 提 江", true),
          u("Abdughopur", "阿 卜/不 杜/都 吾 甫 尔", true),
          u("Dilshat", "迪 力 夏 提", true),
          u("Bekri", "拜 克 力", true),
          u("Enwer", "艾 尼 瓦 尔", true),
          u("Qeyser", "凯 赛 尔", true),
          u("Shöhret", "肖 合 来/热 提", true),
          u("Metniyaz", "麦/买 提 尼 亚 孜", true));

  static final List<PoolName> UYGHUR_FEMALE =
      List.of(
          u("Gülnar", "古 丽 娜 尔", false),
          u("Aygül", "阿 依 古 丽", false),
          u("Rahile", "热 依 拉", false),
          u("Patigül", "帕 提 古 丽", false),
          u("Méhriban", "米 热 班", false),
          u("Zulpiye", "祖 力/丽 皮 亚", false),
          u("Xediche", "海 迪 且", false),
          u("Nurgül", "努 尔 古 丽", false),
          u("Mihray", "米 合 日 阿 依", false),
          u("Ayshem", "阿 依 先 木", false),
          u("Gülbahar", "古 丽 巴 哈 尔", false),
          u("Arzigül", "阿 孜 古 丽", false),
          u("Tursungül", "吐 尔 逊/孙 古 丽", false),
          u("Meryem", "麦/买 尔 耶 姆", false),
          u("Aynur", "阿 依 努 尔", false),
          u("Dilnur", "迪/地 丽/力 努 尔", false),
          u("Reyhan", "热 依 汗", false),
          u("Patime", "帕 提 曼/麦", false),
          u("Zöhre", "祖/左 合 热", false),
          u("Ayjamal", "阿 依 加 马 力", false),
          u("Gülmire", "古 丽 米 热", false),
          u("Mahire", "玛 依 热", false),
          u("Nigare", "尼 尕 热", false),
          u("Xalide", "哈 丽/力 达", false),
          u("Rabiye", "热 比 亚/娅", false),
          u("Hörnisa", "吾 尔 尼 沙", false),
          u("Amine", "阿 米 娜", false),
          u("Dilber", "迪/地 力 拜 尔", false),
          u("Zeynep", "再 乃 甫", false),
          u("Munire", "木 尼 热", false),
          u("Nurnisa", "努 尔 尼 沙", false),
          u("Buzeynep", "布 再 乃 甫", false),
          u("Anargül", "阿 娜 尔 古 丽", false),
          u("Adile", "阿 迪 拉", false),
          u("Gülzire", "古 丽 孜 热", false),
          u("Mehbube", "麦/买 合 甫 拜", false),
          u("Saniye", "萨 尼 亚", false),
          u("Tajigül", "塔 吉 古 丽", false),
          u("Gülshen", "古 丽 先", false),
          u("Roshengül", "若/肉 先 古 丽", false),
          u("Hayrigül", "海 日 古 丽", false),
          u("Mayinur", "玛 依 努 尔", false),
          u("Nuriye", "努 日 亚", false),
          u("Peride", "帕 日 旦", false),
          u("Sajide", "萨 吉 旦", false),
          u("Shemshinur", "谢 木 西 努 尔", false),
          u("Tajinisa", "塔 吉 尼 沙", false),
          u("Yultuz", "玉 吐 孜", false),
          u("Zuhre", "祖 合 热", false),
          u("Buhelchem", "布 海 力 切 木", false),
          u("Kamile", "卡 米 拉", false),
          u("Horigül", "吾 日 古 丽", false),
          u("Hajigül", "哈 吉 古 丽", false),
          u("Gülchehre", "古 丽 切 合 热", false),
          u("Nazugum", "娜 孜 古 木", false));

  static final List<PoolName> KAZAKH_MALE =
      List.of(
          k("Серік", "Serik", "赛 力 克", true),
          k("Болат", "Bolat", "波 拉 提", true),
          k("Нұрлан", "Nurlan", "努 尔 兰", true),
          k("Ерлан", "Erlan", "叶 尔 兰", true),
          k("Бауыржан", "Bauyrzhan", "包 尔 江", true),
          k("Қайрат", "Qairat", "海 拉 提", true),
          k("Асқар", "Asqar", "阿 斯 卡 尔", true),
          k("Ержан", "Erzhan", "叶 尔 江", true),
          k("Марат", "Marat", "马 拉 提", true),
          k("Дәурен", "Dauren", "达 吾 仁", true),
          k("Ерболат", "Erbolat", "叶 尔 波 拉 提", true),
          k("Жасұлан", "Zhasulan", "加 斯 兰", true),
          k("Нұрбек", "Nurbek", "努 尔 别 克", true),
          k("Талғат", "Talghat", "塔 力 哈 提", true),
          k("Қанат", "Qanat", "哈 那 提", true),
          k("Берік", "Berik", "别 力 克", true),
          k("Мұрат", "Murat", "木 拉 提", true),
          k("Серікжан", "Serikzhan", "赛 力 克 江", true),
          k("Ақылбек", "Aqylbek", "阿 合 力 别 克", true),
          k("Дархан", "Darkhan", "达 尔 汗", true),
          k("Асхат", "Askhat", "阿 斯 哈 提", true),
          k("Дәулет", "Daulet", "达 吾 列 提", true),
          k("Ермек", "Ermek", "叶 尔 麦 克", true),
          k("Мейрам", "Meiram", "麦 拉 木", true),
          k("Нұржан", "Nurzhan", "努 尔 江", true),
          k("Самат", "Samat", "萨/沙 马 提", true),
          k("Тимур", "Timur", "帖 木 尔", true),
          k("Ұлан", "Ulan", "吾 兰", true),
          k("Бақытжан", "Baqytzhan", "巴 合 提 江", true),
          k("Еркін", "Erkin", "叶 尔 肯", true),
          k("Мақсат", "Maqsat", "马 克 萨 提", true),
          k("Азамат", "Azamat", "阿 扎 马 提", true),
          k("Бекзат", "Bekzat", "别 克 扎 提", true),
          k("Ерназар", "Ernazar", "叶 尔 那 扎 尔", true),
          k("Мұхтар", "Mukhtar", "木 合 塔 尔", true));

  static final List<PoolName> KAZAKH_FEMALE =
      List.of(
          k("Айгерім", "Aigerim", "阿 依 格 尔 木", false),
          k("Жанар", "Zhanar", "加 娜 尔", false),
          k("Гүлнар", "Gulnar", "古 丽 娜 尔", false),
          k("Әлия", "Aliia", "阿 丽 亚", false),
          k("Сәуле", "Saule", "萨 吾 列", false),
          k("Динара", "Dinara", "迪 娜 拉", false),
          k("Ақмарал", "Aqmaral", "阿 克 玛 拉", false),
          k("Мөлдір", "Moldir", "木 勒 德 尔", false),
          k("Гүлмира", "Gulmira", "古 丽 米 拉", false),
          k("Назгүл", "Nazgul", "娜 孜 古 丽", false),
          k("Жұлдыз", "Zhuldyz", "珠 力 德 孜", false),
          k("Айнұр", "Ainur", "阿 依 努 尔", false),
          k("Бақыт", "Baqyt", "巴 合 提", false),
          k("Ботагөз", "Botagoz", "波 塔 果 孜", false),
          k("Айжан", "Aizhan", "阿 依 江", false),
          k("Гүлжан", "Gulzhan", "古 丽 江", false),
          k("Ақерке", "Aqerke", "阿 克 尔 克", false),
          k("Балжан", "Balzhan", "巴 力 江", false),
          k("Мәдина", "Madina", "玛 迪 娜", false),
          k("Раушан", "Raushan", "热 吾 山", false),
          k("Салтанат", "Saltanat", "萨 勒 塔 娜 提", false),
          k("Шынар", "Shynar", "希 娜 尔", false),
          k("Гүлназ", "Gulnaz", "古 丽 娜 孜", false),
          k("Ләззат", "Lazzat", "拉 孜 扎 提", false));

  /** Pinyin (without tones) of every character used above, for pinyin renderings. */
  static final Map<Character, String> PINYIN = pinyin();

  private static Map<Character, String> pinyin() {
    String[] table = {
      "麦mai", "买mai", "提ti", "阿a", "卜bu", "不bu", "杜du", "都du", "拉la", "吐tu", "尔er", "逊xun",
      "孙sun", "力li", "克ke", "木mu", "艾ai", "合he", "库ku", "班ban", "伊yi", "亚ya", "斯si", "玉yu",
      "素su", "甫fu", "普pu", "吾wu", "山shan", "司si", "马ma", "义yi", "若ruo", "肉rou", "孜zi", "努nu",
      "热re", "依yi", "里li", "布bu", "塔ta", "肯ken", "麻ma", "迪di", "帕pa", "哈ha", "奥ao", "曼man",
      "尼ni", "达da", "沙sha", "穆mu", "萨sa", "森sen", "生sheng", "苏su", "坦tan", "尤you", "加jia",
      "卡ka", "米mi", "来lai", "巴ba", "比bi", "拜bai", "敏min", "明ming", "托tuo", "波bo", "喀ka",
      "德de", "守shou", "外wai", "雅ya", "扎zha", "洪hong", "吉ji", "江jiang", "夏xia", "瓦wa", "凯kai",
      "赛sai", "肖xiao", "古gu", "丽li", "娜na", "皮pi", "海hai", "且qie", "日ri", "先xian", "耶ye",
      "姆mu", "汗han", "祖zu", "左zuo", "玛ma", "尕ga", "娅ya", "再zai", "乃nai", "地di", "兰lan",
      "叶ye", "包bao", "仁ren", "别bie", "那na", "格ge", "列lie", "勒le", "果guo", "珠zhu", "帖tie",
      "旦dan", "谢xie", "西xi", "切qie", "希xi"
    };
    java.util.HashMap<Character, String> m = new java.util.HashMap<>();
    for (String e : table) {
      m.put(e.charAt(0), e.substring(1));
    }
    return Map.copyOf(m);
  }

  /** Every pool name. */
  static List<PoolName> all() {
    List<PoolName> all = new ArrayList<>();
    all.addAll(UYGHUR_MALE);
    all.addAll(UYGHUR_FEMALE);
    all.addAll(KAZAKH_MALE);
    all.addAll(KAZAKH_FEMALE);
    return all;
  }

  private NamePool() {}
}
