package org.guwah.forms.testing;

import org.guwah.forms.testing.XlsxBuilder.DateCell;

/** Workbooks for tests: realistic XLSForms in several languages. Labels are questions, never people. */
public final class SampleForms {
  private SampleForms() {}

  /** Every supported type and column, English only. */
  public static XlsxBuilder everyType() {
    return XlsxBuilder.create()
        .sheet("survey")
        .row("type", "name", "label", "hint", "required", "required_message", "relevant", "constraint",
            "constraint_message", "appearance", "default", "choice_filter", "repeat_count")
        .row("note", "intro", "Welcome. You can stop at any time.")
        .row("text", "nickname", "What may we call you?", "Any name, not your real one", "yes", "Please give a name")
        .row("integer", "age", "How old are you?", null, "true()", null, null, ". >= 16 and . <= 120", "Between 16 and 120")
        .row("decimal", "distance_km", "How far do you live from the consulate (km)?", null, "no", null, null, ". >= 0")
        .row("date", "arrived", "When did you arrive?", null, null, null, null, ". <= today()", "Not in the future",
            "no-calendar")
        .row("date", "left_year", "Which year did you leave?", null, null, null, null, null, null, "year")
        .row("select_one yes_no", "contacted", "Were you contacted?", null, 1, null, null, null, null, "horizontal quick",
            "no")
        .row("select_multiple channels", "how", "How were you contacted?", null, "yes", null, "${contacted} = 'yes'",
            "count-selected(.) <= 3", "At most three", "minimal")
        .row("begin_group", "details", "Details", null, null, null, "selected(${how}, 'WECHAT')", null, null, "field-list")
        .row("text", "what_said", "What did they say?", null, null, null, null, "string-length(.) >= 3", null, "multiline")
        .row("end_group")
        .row("begin_repeat", "people", "People who called", null, null, null, null, null, null, null, null, null,
            "2")
        .row("text", "caller", "Who called?")
        .row("end_repeat")
        .sheet("choices")
        .row("list_name", "name", "label")
        .row("yes_no", "yes", "Yes")
        .row("yes_no", "no", "No")
        .row("channels", "WECHAT", "WeChat")
        .row("channels", "PHONE_CALL", "Phone call")
        .row("channels", "EMAIL", "E-mail")
        .sheet("settings")
        .row("form_title", "form_id", "version", "default_language")
        .row("Every type", "every_type", "2024010101", null);
  }

  /** A Uyghur form: Arabic-script labels only, Uyghur the default language, right-to-left marks kept. */
  public static XlsxBuilder uyghur() {
    return XlsxBuilder.create()
        .sheet("survey")
        .row("type", "name", "label::Uyghur (ug)", "hint::Uyghur (ug)", "required", "required_message::Uyghur (ug)",
            "constraint", "constraint_message::Uyghur (ug)", "guwah")
        .row("text", "name", "ئىسمىڭىز نېمە؟", "ئەسلى ئىسمىڭىزنى يازماڭ", "yes", "بۇ سوئالغا جاۋاب بېرىڭ", null, null,
            "respondent.name")
        .row("integer", "birth_year", "قايسى يىلى تۇغۇلغان؟", null, "no", null, ". >= 1900 and . <= 2010",
            "\u200Fيىل ١٩٠٠ بىلەن ٢٠١٠ ئارىلىقىدا بولسۇن", "respondent.birth")
        .row("select_one sex", "sex", "جىنسىڭىز", null, null, null, null, null, "respondent.sex")
        .sheet("choices")
        .row("list_name", "name", "label::Uyghur (ug)")
        .row("sex", "MALE", "ئەر")
        .row("sex", "FEMALE", "ئايال")
        .row("sex", "UNKNOWN", "دېمەيمەن")
        .sheet("settings")
        .row("form_title", "form_id", "default_language")
        .row("گۇۋاھ سوئاللىرى", "uyghur_intake", "Uyghur (ug)");
  }

  private static final String[] LANGS = {"English (en)", "Uyghur (ug)", "Kazakh (kk)", "Russian (ru)", "Turkish (tr)",
      "Chinese (zh)"};

  /** Six languages, groups, a repeat of relatives with nested detentions, relevant and constraint rules, a mapping. */
  public static XlsxBuilder multilingual() {
    XlsxBuilder b = XlsxBuilder.create().sheet("survey");
    b.row(header("type", "name", "label", "constraint_message", "relevant", "constraint", "required", "guwah", "repeat_count",
        "appearance"));
    b.row(texts("begin_group", "about_you", new String[] {"About you", "سىز توغرۇلۇق", "Сіз туралы", "О вас", "Hakkınızda",
        "关于您"}, null, null, null, null, null, null, null));
    b.row(texts("select_one countries", "residence", new String[] {"Where do you live now?", "ھازىر قەيەردە تۇرىسىز؟",
        "Қазір қайда тұрасыз?", "Где вы сейчас живёте?", "Şu an nerede yaşıyorsunuz?", "您现在住在哪里？"}, null, null, null,
        "yes", "respondent.country_of_residence", null, "minimal"));
    b.row(texts("integer", "relatives_count", new String[] {"How many relatives lost contact?", "قانچە تۇغقىنىڭىز بىلەن ئالاقە ئۈزۈلدى؟",
        "Қанша туысыңызбен байланыс үзілді?", "Со сколькими родственниками пропала связь?", "Kaç akrabanızla bağlantı koptu?",
        "有多少亲属失去联系？"}, new String[] {"0 to 20", "0 دىن 20 گىچە", "0-ден 20-ға дейін", "От 0 до 20", "0 ile 20 arası",
        "0 到 20"}, null, ". >= 0 and . <= 20", "yes", null, null, null));
    b.row(texts("end_group", null, null, null, null, null, null, null, null, null));
    b.row(texts("begin_repeat", "relatives", new String[] {"Relative", "تۇغقان", "Туыс", "Родственник", "Akraba", "亲属"}, null,
        "${relatives_count} > 0", null, null, null, "${relatives_count}", null));
    b.row(texts("text", "relative_name", new String[] {"Name", "ئىسمى", "Аты", "Имя", "Adı", "姓名"}, null, null, null, "yes",
        "relative.name", null, null));
    b.row(texts("select_one relations", "relation", new String[] {"Relation to you", "سىزگە نېمە بولىدۇ؟", "Сізге кім болады?",
        "Кем вам приходится?", "Size yakınlığı", "与您的关系"}, null, null, null, "yes", "relative.relationship", null, null));
    b.row(texts("select_one statuses", "status", new String[] {"What happened?", "نېمە بولدى؟", "Не болды?", "Что случилось?",
        "Ne oldu?", "发生了什么？"}, null, null, null, null, "detention.status", null, null));
    b.row(texts("text", "detained_when", new String[] {"Since when?", "قاچاندىن بېرى؟", "Қашаннан бері?", "С какого времени?",
        "Ne zamandan beri?", "从什么时候开始？"}, null, "${status} = 'IN_CAMP' or ${status} = 'SENTENCED'", null, null,
        "detention.date", null, null));
    b.row(texts("end_repeat", null, null, null, null, null, null, null, null, null));
    b.sheet("choices");
    b.row(header("list_name", "name", "label"));
    for (String[] c : new String[][] {
        {"countries", "TR", "Turkey", "تۈركىيە", "Түркия", "Турция", "Türkiye", "土耳其"},
        {"countries", "KZ", "Kazakhstan", "قازاقىستان", "Қазақстан", "Казахстан", "Kazakistan", "哈萨克斯坦"},
        {"countries", "DE", "Germany", "گېرمانىيە", "Германия", "Германия", "Almanya", "德国"},
        {"relations", "PARENT", "Parent", "ئاتا-ئانا", "Ата-ана", "Родитель", "Ebeveyn", "父母"},
        {"relations", "SIBLING", "Sibling", "قېرىنداش", "Бауыр", "Брат или сестра", "Kardeş", "兄弟姐妹"},
        {"statuses", "IN_CAMP", "In a camp", "لاگېردا", "Лагерьде", "В лагере", "Kampta", "在营中"},
        {"statuses", "SENTENCED", "Sentenced", "كېسىلگەن", "Сотталған", "Осуждён", "Hüküm giydi", "被判刑"},
        {"statuses", "NO_CONTACT", "No contact", "ئالاقە يوق", "Байланыс жоқ", "Нет связи", "İletişim yok", "无联系"}}) {
      b.row((Object[]) c);
    }
    b.sheet("settings").row("form_title", "form_id", "default_language").row("Relatives", "relatives_v1", "English (en)");
    return b;
  }

  /** Cascading selects: country, then a city of that country. */
  public static XlsxBuilder cascading() {
    return XlsxBuilder.create()
        .sheet("survey")
        .row("type", "name", "label", "choice_filter", "guwah")
        .row("begin_repeat", "incidents", "Incident")
        .row("select_one countries", "host_country", "Country", null, "incident.host_country")
        .row("select_one cities", "host_city", "City", "country=${host_country}")
        .row("select_multiple tactics", "tactics", "What happened?", null, "incident.tactic")
        .row("select_one yes_no", "threat_family", "Were your family threatened?")
        .row("end_repeat")
        .sheet("choices")
        .row("list_name", "name", "label", "country")
        .row("countries", "TR", "Turkey")
        .row("countries", "KZ", "Kazakhstan")
        .row("cities", "istanbul", "Istanbul", "TR")
        .row("cities", "ankara", "Ankara", "TR")
        .row("cities", "almaty", "Almaty", "KZ")
        .row("tactics", "THREAT_DIRECT", "Threats to me")
        .row("tactics", "INFO_DEMAND", "Demands for information")
        .row("tactics", "RETURN_PRESSURE", "Pressure to return")
        .row("yes_no", "yes", "Yes")
        .row("yes_no", "no", "No");
  }

  static String[] langsOf(String base) {
    String[] out = new String[LANGS.length];
    for (int i = 0; i < LANGS.length; i++) {
      out[i] = base + "::" + LANGS[i];
    }
    return out;
  }

  /** Header: translatable columns expand to the six languages. */
  private static Object[] header(String... columns) {
    java.util.List<Object> out = new java.util.ArrayList<>();
    for (String c : columns) {
      if (c.equals("label") || c.equals("constraint_message")) {
        out.addAll(java.util.Arrays.asList((Object[]) langsOf(c)));
      } else {
        out.add(c);
      }
    }
    return out.toArray();
  }

  private static Object[] texts(String type, String name, String[] labels, String[] messages, String relevant,
      String constraint, String required, String guwah, String repeatCount, String appearance) {
    java.util.List<Object> out = new java.util.ArrayList<>();
    out.add(type);
    out.add(name);
    for (int i = 0; i < LANGS.length; i++) {
      out.add(labels == null ? null : labels[i]);
    }
    for (int i = 0; i < LANGS.length; i++) {
      out.add(messages == null ? null : messages[i]);
    }
    out.add(relevant);
    out.add(constraint);
    out.add(required);
    out.add(guwah);
    out.add(repeatCount);
    out.add(appearance);
    return out.toArray();
  }

  /**
   * The respondent's questionnaire used by the web tests and the submission benchmark: English,
   * Uyghur and Russian labels, a group, a group shown only when relevant, an open repeat, a
   * constraint with messages in each language, and mappings to the case model.
   */
  public static XlsxBuilder respondent() {
    return XlsxBuilder.create()
        .sheet("survey")
        .row("type", "name", "label::English (en)", "label::Uyghur (ug)", "label::Russian (ru)", "required", "relevant",
            "constraint", "constraint_message::English (en)", "constraint_message::Uyghur (ug)",
            "constraint_message::Russian (ru)", "appearance", "guwah")
        .row("note", "intro", "Your answers are encrypted. You may stop at any time.",
            "جاۋابلىرىڭىز شىفىرلىنىدۇ. خالىغان ۋاقىتتا توختىسىڭىز بولىدۇ.",
            "Ваши ответы зашифрованы. Вы можете остановиться в любой момент.")
        .row("begin_group", "about", "About you", "سىز توغرۇلۇق", "О вас")
        .row("text", "your_name", "Your name, in any script", "ئىسمىڭىز (خالىغان يېزىقتا)", "Ваше имя (любым письмом)", "yes",
            null, null, null, null, null, null, "respondent.name")
        .row("select_one countries", "residence", "Where do you live now?", "ھازىر قەيەردە تۇرىسىز؟", "Где вы сейчас живёте?",
            "yes", null, null, null, null, null, null, "respondent.country_of_residence")
        .row("integer", "birth_year", "Year of birth", "تۇغۇلغان يىلىڭىز", "Год рождения", null, null,
            ". >= 1900 and . <= 2010", "A year between 1900 and 2010", "1900 بىلەن 2010 ئارىلىقىدىكى بىر يىل",
            "Год между 1900 и 2010", null, "respondent.birth")
        .row("select_multiple purposes", "consent", "We may use my answers for", "جاۋابلىرىمنى ئىشلىتىشكە بولىدۇ",
            "Мои ответы можно использовать для", null, null, null, null, null, null, null, "respondent.consent")
        .row("end_group")
        .row("select_one yes_no", "contacted", "Has anyone pressured you or your family?",
            "بىرەرسى سىزگە ياكى ئائىلىڭىزگە بېسىم قىلدىمۇ؟", "Кто-нибудь оказывал давление на вас или вашу семью?", "yes")
        .row("begin_group", "pressure", "What happened", "نېمە بولدى", "Что произошло", null, "${contacted} = 'yes'")
        .row("text", "what_happened", "Tell us what happened", "نېمە بولغانلىقىنى ئېيتىپ بېرىڭ", "Расскажите, что произошло",
            "yes", null, "string-length(.) >= 10", "Please write at least a sentence", "كەم دېگەندە بىر جۈملە يېزىڭ",
            "Напишите хотя бы одно предложение", "multiline", "source.testimony")
        .row("end_group")
        .row("begin_repeat", "relatives", "A relative in the homeland", "يۇرتتىكى بىر تۇغقىنىڭىز", "Родственник на родине")
        .row("text", "relative_name", "Their name", "ئۇنىڭ ئىسمى", "Имя", "yes", null, null, null, null, null, null,
            "relative.name")
        .row("select_one relations", "relation", "Relation to you", "سىزگە نېمە بولىدۇ", "Кем приходится", "yes", null, null,
            null, null, null, null, "relative.relationship")
        .row("select_one statuses", "status", "What happened to them?", "ئۇنىڭغا نېمە بولدى؟", "Что с ним случилось?", null,
            null, null, null, null, null, null, "detention.status")
        .row("end_repeat")
        .sheet("choices")
        .row("list_name", "name", "label::English (en)", "label::Uyghur (ug)", "label::Russian (ru)")
        .row("yes_no", "yes", "Yes", "ھەئە", "Да")
        .row("yes_no", "no", "No", "ياق", "Нет")
        .row("countries", "TR", "Turkey", "تۈركىيە", "Турция")
        .row("countries", "KZ", "Kazakhstan", "قازاقىستان", "Казахстан")
        .row("countries", "DE", "Germany", "گېرمانىيە", "Германия")
        .row("purposes", "INTERNAL_ANALYSIS", "Analysis by the team", "گۇرۇپپىنىڭ تەھلىلى", "Анализ командой")
        .row("purposes", "AGGREGATE_STATISTICS", "Statistics without names", "ئىسىمسىز ستاتىستىكا", "Статистика без имён")
        .row("purposes", "UN_SUBMISSION", "A submission to the UN", "ب د ت غا يوللاش", "Обращение в ООН")
        .row("relations", "PARENT", "Parent", "ئاتا-ئانا", "Родитель")
        .row("relations", "SIBLING", "Brother or sister", "قېرىنداش", "Брат или сестра")
        .row("relations", "SPOUSE", "Spouse", "جۈپتى", "Супруг(а)")
        .row("statuses", "IN_CAMP", "Held in a camp", "لاگېردا", "В лагере")
        .row("statuses", "SENTENCED", "Sentenced", "كېسىلگەن", "Осуждён")
        .row("statuses", "NO_CONTACT", "No contact", "ئالاقە يوق", "Нет связи")
        .sheet("settings")
        .row("form_title", "form_id", "version", "default_language")
        .row("Family and pressure survey", "family_pressure_v1", "2026110101", "English (en)");
  }

  /** A date cell, for defaults typed as dates in Excel. */
  public static DateCell date(int y, int m, int d) {
    return new DateCell(java.time.LocalDate.of(y, m, d));
  }
}
