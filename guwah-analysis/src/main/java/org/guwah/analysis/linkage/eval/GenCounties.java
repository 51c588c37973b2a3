package org.guwah.analysis.linkage.eval;

import java.util.List;

/**
 * Hometown counties of synthetic people, with their names as lists write them: GB/T 2260 code (and
 * the retired code that IDs issued before a renaming carry), Chinese, Uyghur Latin, English or
 * pinyin, and Russian where usage differs; and their prefecture. The generator's own table.
 */
final class GenCounties {
  /** A prefecture-level division. */
  record Prefecture(String hanzi, String uly, String english, String russian) {}

  /**
   * A county-level division.
   *
   * @param code current code
   * @param retired the code IDs carried before {@code retiredIn}, or empty
   * @param retiredIn year the old code was retired (0 if none)
   */
  record County(
      String code, String retired, int retiredIn, String hanzi, String uly, String english,
      Prefecture prefecture) {
    /** The code a resident ID issued to someone born in {@code birthYear} (at 16) carries. */
    String codeInId(int birthYear) {
      return !retired.isEmpty() && birthYear + 16 < retiredIn ? retired : code;
    }
  }

  static final Prefecture KASHGAR = new Prefecture("喀什地区", "Qeshqer", "Kashgar", "Кашгар");
  static final Prefecture HOTAN = new Prefecture("和田地区", "Xoten", "Hotan", "Хотан");
  static final Prefecture AKSU = new Prefecture("阿克苏地区", "Aqsu", "Aksu", "Аксу");
  static final Prefecture URUMQI = new Prefecture("乌鲁木齐市", "Ürümchi", "Urumqi", "Урумчи");
  static final Prefecture TURPAN = new Prefecture("吐鲁番市", "Turpan", "Turfan", "Турфан");
  static final Prefecture ILI = new Prefecture("伊犁哈萨克自治州", "Ili", "Ili", "Или");
  static final Prefecture TACHENG = new Prefecture("塔城地区", "Chöchek", "Tacheng", "Чугучак");
  static final Prefecture ALTAY = new Prefecture("阿勒泰地区", "Altay", "Altay", "Алтай");
  static final Prefecture KIZILSU = new Prefecture("克孜勒苏柯尔克孜自治州", "Qizilsu", "Kizilsu", "Кызылсу");
  static final Prefecture BAYINGOLIN = new Prefecture("巴音郭楞蒙古自治州", "Bayingholin", "Bayingolin", "Баянгол");
  static final Prefecture HAMI = new Prefecture("哈密市", "Qumul", "Hami", "Хами");
  static final Prefecture CHANGJI = new Prefecture("昌吉回族自治州", "Sanji", "Changji", "Чанцзи");

  private static County c(String code, String hanzi, String uly, String english, Prefecture p) {
    return new County(code, "", 0, hanzi, uly, english, p);
  }

  static final List<County> UYGHUR =
      List.of(
          c("653101", "喀什市", "Qeshqer", "Kashgar", KASHGAR),
          c("653121", "疏附县", "Konasheher", "Shufu", KASHGAR),
          c("653122", "疏勒县", "Yéngisheher", "Shule", KASHGAR),
          c("653123", "英吉沙县", "Yéngisar", "Yengisar", KASHGAR),
          c("653125", "莎车县", "Yeken", "Yarkand", KASHGAR),
          c("653126", "叶城县", "Qaghiliq", "Kargilik", KASHGAR),
          c("653127", "麦盖提县", "Mekit", "Makit", KASHGAR),
          c("653129", "伽师县", "Peyziwat", "Payzawat", KASHGAR),
          c("653130", "巴楚县", "Maralbéshi", "Maralbexi", KASHGAR),
          c("653124", "泽普县", "Poskam", "Zepu", KASHGAR),
          c("653128", "岳普湖县", "Yopurgha", "Yopurga", KASHGAR),
          c("653131", "塔什库尔干塔吉克自治县", "Tashqorghan", "Tashkurgan", KASHGAR),
          c("653227", "民丰县", "Niye", "Minfeng", HOTAN),
          c("652925", "新和县", "Toqsu", "Xinhe", AKSU),
          c("652926", "拜城县", "Bay", "Baicheng", AKSU),
          c("652929", "柯坪县", "Kelpin", "Keping", AKSU),
          c("653001", "阿图什市", "Atush", "Artux", KIZILSU),
          c("653022", "阿克陶县", "Aqto", "Akto", KIZILSU),
          c("652801", "库尔勒市", "Korla", "Korla", BAYINGOLIN),
          c("652826", "焉耆回族自治县", "Qarasheher", "Yanqi", BAYINGOLIN),
          c("652824", "若羌县", "Chaqiliq", "Ruoqiang", BAYINGOLIN),
          c("652825", "且末县", "Cherchen", "Qiemo", BAYINGOLIN),
          c("652822", "轮台县", "Bügür", "Luntai", BAYINGOLIN),
          c("650422", "托克逊县", "Toqsun", "Toksun", TURPAN),
          new County("650502", "652201", 2016, "伊州区", "Qumul", "Hami", HAMI),
          c("650104", "新市区", "Xinshi", "Xinshi", URUMQI),
          c("650109", "米东区", "Midong", "Midong", URUMQI),
          c("652301", "昌吉市", "Sanji", "Changji", CHANGJI),
          c("653201", "和田市", "Xoten", "Hotan", HOTAN),
          c("653222", "墨玉县", "Qaraqash", "Karakax", HOTAN),
          c("653223", "皮山县", "Guma", "Pishan", HOTAN),
          c("653224", "洛浦县", "Lop", "Luopu", HOTAN),
          c("653225", "策勒县", "Chira", "Qira", HOTAN),
          c("653226", "于田县", "Keriye", "Keriya", HOTAN),
          c("652901", "阿克苏市", "Aqsu", "Aksu", AKSU),
          new County("652902", "652923", 2019, "库车市", "Kucha", "Kuqa", AKSU),
          c("652922", "温宿县", "Onsu", "Wensu", AKSU),
          c("652924", "沙雅县", "Shayar", "Shaya", AKSU),
          c("652927", "乌什县", "Uchturpan", "Wushi", AKSU),
          c("652928", "阿瓦提县", "Awat", "Awati", AKSU),
          c("650102", "天山区", "Tengritagh", "Tianshan", URUMQI),
          c("650103", "沙依巴克区", "Saybagh", "Shayibake", URUMQI),
          new County("650402", "652101", 2015, "高昌区", "Turpan", "Turfan", TURPAN),
          c("650421", "鄯善县", "Pichan", "Shanshan", TURPAN),
          new County("654002", "654101", 2001, "伊宁市", "Ghulja", "Yining", ILI));

  static final List<County> KAZAKH =
      List.of(
          new County("654002", "654101", 2001, "伊宁市", "Ghulja", "Yining", ILI),
          c("654022", "察布查尔锡伯自治县", "Chapchal", "Qapqal", ILI),
          c("654023", "霍城县", "Qorghas", "Huocheng", ILI),
          c("654025", "新源县", "Künes", "Xinyuan", ILI),
          c("654026", "昭苏县", "Mongghulküre", "Zhaosu", ILI),
          c("654027", "特克斯县", "Tékes", "Tekes", ILI),
          c("654028", "尼勒克县", "Nilqa", "Nilka", ILI),
          c("654024", "巩留县", "Toqquztara", "Gongliu", ILI),
          c("654003", "奎屯市", "Küytun", "Kuitun", ILI),
          c("652328", "木垒哈萨克自治县", "Mori", "Mulei", CHANGJI),
          c("650521", "巴里坤哈萨克自治县", "Barköl", "Barkol", HAMI),
          c("654201", "塔城市", "Chöchek", "Tacheng", TACHENG),
          c("654221", "额敏县", "Dörbiljin", "Emin", TACHENG),
          c("654224", "托里县", "Toli", "Toli", TACHENG),
          c("654301", "阿勒泰市", "Altay", "Altay", ALTAY),
          c("654321", "布尔津县", "Burchin", "Burqin", ALTAY),
          c("654322", "富蕴县", "Koktoghay", "Fuyun", ALTAY),
          c("654324", "哈巴河县", "Qaba", "Habahe", ALTAY));

  private GenCounties() {}
}
