package org.guwah.forms.tables;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Column names of lists in English, Uyghur (Arabic and Latin script), Kazakh, Russian, Turkish and
 * Chinese, by {@link ListField}; each field's enum name in lower case ({@code id_number}) is a name
 * too, which covers the columns of {@code guwah link}. Names are compared by {@link HeaderKey}, so
 * each is written once, without spacing or punctuation variants. A key that two fields would share
 * is a mistake in this table and fails class initialisation. Immutable.
 */
final class HeaderSynonyms {
  private static final Map<ListField, List<String>> NAMES = new EnumMap<>(ListField.class);

  static {
    NAMES.put(ListField.RECORD_ID, List.of(
        "No", "S/N", "Serial", "Serial number", "Record ID", "ID", "Row ID", "Case ID", "Case number",
        "تەرتىپ نومۇرى", "تەرتىپ", "رەت نومۇرى", "رەت سانى", "tertip nomuri",
        "Р/с", "Реттік нөмірі",
        "№ п/п", "Номер", "Номер по порядку",
        "Sıra", "Sıra No", "Sıra Numarası",
        "序号", "序", "编号", "顺序号", "记录号"));
    NAMES.put(ListField.SOURCE, List.of(
        "Source", "مەنبە", "menbe", "Дереккөз", "Источник", "Kaynak", "来源", "信息来源"));
    NAMES.put(ListField.NAME, List.of(
        "Name", "Full name", "Names", "Person", "Detainee", "Name of detainee",
        "ئىسمى", "ئىسىم", "ئىسىم فامىلىسى", "ئىسمى فامىلىسى", "نامى", "ismi", "isim", "isim familisi",
        "Аты-жөні", "Толық аты-жөні", "Аты", "Тегі", "Есімі",
        "ФИО", "Фамилия имя отчество", "Имя", "Фамилия", "Полное имя",
        "Ad", "Adı", "Ad Soyad", "Adı Soyadı", "Ad Soyadı", "İsim", "İsim Soyisim", "İsmi",
        "姓名", "名字", "名称", "人员姓名", "被收押人员姓名", "学员姓名", "维文姓名", "维吾尔文姓名", "本人姓名"));
    NAMES.put(ListField.NAME_LATIN, List.of(
        "Latin name", "Name Latin", "Name in Latin", "Pinyin", "Name pinyin", "Romanized name", "Name romanized",
        "English name", "Name in English",
        "لاتىنچە ئىسمى", "latinche ismi",
        "Латынша аты",
        "Имя латиницей", "Имя на латинице",
        "Latin harfli ad", "Latince ad",
        "拼音", "姓名拼音", "拼音姓名", "英文名", "英文姓名", "拼音名"));
    NAMES.put(ListField.NAME_CHINESE, List.of(
        "Chinese name", "Name Chinese", "Name in Chinese", "Hanzi", "Hanzi name", "Name hanzi",
        "خەنزۇچە ئىسمى", "خەنزۇچە ئىسىم", "xenzuche ismi",
        "Қытайша аты", "Қытайша аты-жөні",
        "Китайское имя", "Имя на китайском",
        "Çince ad", "Çince adı", "Çince isim",
        "汉文姓名", "中文姓名", "汉语姓名", "中文名", "汉文名", "汉名", "汉字姓名"));
    NAMES.put(ListField.FATHER_NAME, List.of(
        "Father's name", "Father name", "Name of father", "Father",
        "ئاتىسىنىڭ ئىسمى", "دادىسىنىڭ ئىسمى", "ئاتا ئىسمى", "atisining ismi", "dadisining ismi",
        "Әкесінің аты", "Әкесінің аты-жөні",
        "Имя отца", "Отчество",
        "Baba adı", "Babasının adı",
        "父亲姓名", "父名", "父亲", "父亲名字"));
    NAMES.put(ListField.SEX, List.of(
        "Sex", "Gender", "M/F",
        "جىنسى", "جىنس", "jinsi",
        "Жынысы",
        "Пол",
        "Cinsiyet", "Cinsiyeti",
        "性别"));
    NAMES.put(ListField.ETHNICITY, List.of(
        "Ethnicity", "Ethnic group", "Ethnic origin", "Nationality",
        "مىللىتى", "مىللەت", "milliti",
        "Ұлты",
        "Национальность", "Этническая принадлежность",
        "Etnik köken", "Etnisite", "Milliyet", "Milliyeti",
        "民族", "族别"));
    NAMES.put(ListField.BIRTH_DATE, List.of(
        "Date of birth", "DOB", "Birth date", "Birthday", "Born",
        "تۇغۇلغان ۋاقتى", "تۇغۇلغان كۈنى", "تۇغۇلغان چېسلاسى", "tughulghan waqti", "tughulghan küni",
        "Туған күні", "Туған уақыты",
        "Дата рождения",
        "Doğum tarihi",
        "出生日期", "出生年月", "出生年月日", "生日", "出生时间"));
    NAMES.put(ListField.BIRTH_YEAR, List.of(
        "Year of birth", "Birth year", "YOB",
        "تۇغۇلغان يىلى", "tughulghan yili",
        "Туған жылы",
        "Год рождения",
        "Doğum yılı",
        "出生年份", "出生年"));
    NAMES.put(ListField.AGE, List.of(
        "Age",
        "يېشى", "ياش", "yéshi", "yeshi",
        "Жасы",
        "Возраст",
        "Yaş", "Yaşı",
        "年龄", "岁数"));
    NAMES.put(ListField.PLACE, List.of(
        "Place", "Address", "Home address", "Hometown", "Home town", "Place of birth", "Birthplace",
        "Household registration", "Registered address", "Hukou", "Village", "Township", "County", "Origin",
        "يۇرتى", "ئادرېسى", "ئادرېس", "تۇغۇلغان يېرى", "نوپۇس ئورنى", "كەنتى", "yurti", "adrési", "adresi",
        "Мекенжайы", "Туған жері", "Ауылы",
        "Адрес", "Место рождения", "Место прописки", "Прописка", "Родной город", "Село",
        "Adres", "Memleket", "Doğum yeri", "Köy",
        "住址", "户籍地址", "户籍所在地", "户籍地", "户口所在地", "家庭住址", "地址", "籍贯", "出生地", "所在地",
        "村", "所在村", "村委会", "社区", "所属社区", "乡镇", "乡", "镇", "所在乡镇"));
    NAMES.put(ListField.CURRENT_ADDRESS, List.of(
        "Current address", "Residence", "Place of residence", "Current residence",
        "ھازىرقى ئادرېسى", "تۇرۇشلۇق ئادرېسى", "hazirqi adrési",
        "Тұрғылықты мекенжайы",
        "Место жительства", "Адрес проживания", "Текущий адрес",
        "İkamet adresi", "İkamet", "Şu anki adresi",
        "现住址", "现居住地", "现住地址", "居住地", "居住地址", "现居地"));
    NAMES.put(ListField.COUNTY_CODE, List.of(
        "County code", "Division code", "Administrative code", "Admin code", "Region code",
        "ناھىيە كودى",
        "Аудан коды",
        "Код района",
        "İlçe kodu",
        "行政区划代码", "区划代码", "县代码", "行政区代码", "地区代码"));
    NAMES.put(ListField.ID_NUMBER, List.of(
        "ID number", "ID No", "ID card", "ID card number", "National ID", "National ID number", "Resident ID",
        "Resident ID number", "Citizen ID", "PRC ID", "Chinese ID", "Identity card number",
        "كىملىك نومۇرى", "كىنىشكا نومۇرى", "كىملىك", "سالاھىيەت گۇۋاھنامىسى نومۇرى", "kimlik nomuri",
        "Жеке куәлік нөмірі", "Куәлік нөмірі", "Қытай жеке куәлігі",
        "Номер удостоверения личности", "Номер удостоверения", "Удостоверение личности", "Идентификационный номер",
        "Kimlik no", "Kimlik numarası", "Çin kimlik numarası",
        "身份证号", "身份证号码", "公民身份号码", "公民身份证号码", "身份证", "证件号码", "身份证件号码", "证件号", "身份号码"));
    NAMES.put(ListField.FACILITY, List.of(
        "Facility", "Camp", "Detention facility", "Place of detention", "Detention place", "Prison",
        "Location of detention", "Where detained", "Held at",
        "لاگېر", "لاگىر", "تۇتۇلغان جاي", "تۇتۇپ تۇرۇلغان جاي", "قاماقخانا", "تۈرمە", "lagér", "lager",
        "Лагерь", "Ұсталған жері", "Түрме",
        "Место содержания", "Место заключения", "Тюрьма",
        "Kamp", "Tutulduğu yer", "Gözaltı yeri", "Hapishane", "Cezaevi",
        "教育点", "所在单位", "关押地点", "关押场所", "羁押地点", "羁押场所", "监所", "监狱", "看守所", "培训中心",
        "教培中心", "职业技能教育培训中心", "学习地点", "收押地点", "所在教育点"));
    NAMES.put(ListField.DETENTION_DATE, List.of(
        "Detention date", "Date detained", "Date of detention", "Date of arrest", "Arrest date", "Entry date",
        "Date taken", "Disappeared on",
        "تۇتۇلغان ۋاقتى", "تۇتۇلغان ۋاقىت", "تۇتۇلغان چېسلا", "tutulghan waqti",
        "Ұсталған күні", "Ұсталған уақыты",
        "Дата задержания", "Дата ареста",
        "Gözaltı tarihi", "Tutuklanma tarihi",
        "入教时间", "入所时间", "关押时间", "羁押时间", "收押时间", "拘留时间", "拘留日期", "收教时间", "入学时间",
        "收押日期", "关押日期"));
    NAMES.put(ListField.REASON, List.of(
        "Reason", "Reasons", "Reason for detention", "Charge", "Charges", "Accusation",
        "سەۋەبى", "سەۋەب", "تۇتۇلۇش سەۋەبى", "sewebi",
        "Себебі", "Ұсталу себебі",
        "Причина", "Причина задержания", "Обвинение",
        "Sebep", "Neden", "Gözaltı nedeni", "Suçlama",
        "原因", "收押原因", "入教原因", "关押原因", "收教原因", "罪名", "案由", "收押理由"));
    NAMES.put(ListField.STATUS, List.of(
        "Status", "Current status", "Whereabouts", "Situation",
        "ئەھۋالى", "ھالىتى", "ھازىرقى ئەھۋالى", "ehwali", "haliti",
        "Жағдайы", "Мәртебесі",
        "Статус", "Положение", "Текущий статус",
        "Durum", "Durumu", "Son durum",
        "状态", "现状", "目前状态", "处置情况", "处理情况", "去向", "当前状态"));
    NAMES.put(ListField.SENTENCE, List.of(
        "Sentence", "Verdict", "Sentence length", "Prison term",
        "جازاسى", "جازا", "كېسىلگەن جازا", "قاماق جازاسى", "jazasi",
        "Үкім", "Жаза мерзімі",
        "Приговор", "Срок", "Срок заключения",
        "Ceza", "Hapis cezası", "Karar",
        "刑期", "判决", "判处刑期", "判决结果", "判刑"));
    NAMES.put(ListField.PHONE, List.of(
        "Phone", "Phone number", "Telephone", "Mobile", "Mobile number", "Contact number",
        "تېلېفون", "تېلېفون نومۇرى", "تېلېفونى", "téléfon",
        "Телефон", "Телефон нөмірі", "Номер телефона",
        "Telefon", "Telefon numarası",
        "电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "联系方式"));
    NAMES.put(ListField.RELATIONSHIP, List.of(
        "Relationship", "Relation", "Kinship", "Relationship to applicant",
        "مۇناسىۋىتى", "تۇغقانچىلىق مۇناسىۋىتى", "munasiwiti",
        "Туыстығы",
        "Родство", "Степень родства", "Кем приходится",
        "Yakınlık", "Yakınlık derecesi",
        "与本人关系", "关系", "亲属关系", "称谓", "与户主关系"));
    NAMES.put(ListField.NOTES, List.of(
        "Notes", "Note", "Remarks", "Comments", "Comment",
        "ئىزاھات", "ئەسكەرتىش", "izahat",
        "Ескерту", "Ескертпе",
        "Примечание", "Примечания", "Комментарий",
        "Not", "Notlar", "Açıklama",
        "备注", "说明", "备考"));
  }

  private static final Map<String, ListField> BY_KEY = index();

  private HeaderSynonyms() {}

  private static Map<String, ListField> index() {
    Map<String, ListField> byKey = new HashMap<>();
    for (ListField f : ListField.values()) {
      List<String> names = NAMES.get(f);
      if (names == null) {
        throw new IllegalStateException("no column names for " + f);
      }
      put(byKey, f.name().toLowerCase(Locale.ROOT), f);
      for (String n : names) {
        put(byKey, n, f);
      }
    }
    return Map.copyOf(byKey);
  }

  private static void put(Map<String, ListField> byKey, String name, ListField field) {
    String key = HeaderKey.full(name);
    if (key.isEmpty()) {
      throw new IllegalStateException("a column name without letters or digits for " + field);
    }
    ListField before = byKey.put(key, field);
    if (before != null && before != field) {
      throw new IllegalStateException("the column name key '" + key + "' is given to " + before + " and " + field);
    }
  }

  /** The field a header names, or {@code null}: the whole header first, then without its bracketed parts. */
  static @Nullable ListField match(String header) {
    String full = HeaderKey.full(header);
    if (full.isEmpty()) {
      return null;
    }
    ListField f = BY_KEY.get(full);
    if (f != null) {
      return f;
    }
    String base = HeaderKey.base(header);
    return base.isEmpty() || base.equals(full) ? null : BY_KEY.get(base);
  }

  /** Whether the whole header (not only its unbracketed part) is a known column name. */
  static boolean isKnownName(String header) {
    String full = HeaderKey.full(header);
    return !full.isEmpty() && BY_KEY.containsKey(full);
  }

  /** Every (field, name) pair, for tests and documentation. */
  static Map<ListField, List<String>> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
