package org.guwah.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.guwah.app.demo.TestimonyFacts.RelativeEvent;

/**
 * Composes a short synthetic testimony from {@link TestimonyFacts}, in English, Uyghur (Arabic
 * script), Kazakh or Russian (Cyrillic). Sentences come from fixed templates; no real person's
 * account is used. Paragraphs: departure, relatives, what was done to the speaker, closing.
 */
final class Testimonies {
  private Testimonies() {}

  static String compose(Random rnd, TestimonyFacts f) {
    return switch (f.language()) {
      case "ug" -> uyghur(rnd, f);
      case "kk" -> kazakh(rnd, f);
      case "ru" -> russian(rnd, f);
      default -> english(rnd, f);
    };
  }

  private static String join(List<String> paragraphs) {
    List<String> nonEmpty = new ArrayList<>();
    for (String p : paragraphs) {
      if (!p.isBlank()) {
        nonEmpty.add(p.strip());
      }
    }
    return String.join("\n\n", nonEmpty);
  }

  // --- English -------------------------------------------------------------------------------

  private static String english(Random rnd, TestimonyFacts f) {
    List<String> out = new ArrayList<>();
    out.add(rnd.nextBoolean()
        ? "I am from " + f.prefecture() + " and left Xinjiang in " + f.leftIn() + ". I now live in " + f.city() + "."
        : "I grew up near " + f.prefecture() + ". I left in " + f.leftIn() + " and have lived in " + f.city()
            + " since " + (f.leftIn() + 1 + rnd.nextInt(2)) + ".");
    StringBuilder family = new StringBuilder();
    for (RelativeEvent e : f.events()) {
      family.append(english(rnd, e)).append(' ');
    }
    out.add(family.toString());
    StringBuilder abroad = new StringBuilder();
    for (String t : f.tactics()) {
      abroad.append(englishTactic(t, f.ethnicity(), f.city())).append(' ');
    }
    out.add(abroad.toString());
    List<String> closing = new ArrayList<>(List.of(
        "I am afraid to call home.", "I want people to know what is happening to my family.",
        "I still hope to hear from them one day."));
    if (f.anonymous()) {
      closing.add("I agreed to share this on condition that my name is not published.");
    }
    out.add(Draws.one(rnd, closing));
    return join(out);
  }

  private static String english(Random rnd, RelativeEvent e) {
    String k = e.kin().en;
    String he = e.kin().male ? "he" : "she";
    return switch (e.status()) {
      case "IN_CAMP" -> rnd.nextBoolean()
          ? "In " + e.year() + " my " + k + " was taken to a camp."
          : "My " + k + " has been held in a so-called training centre since " + e.year() + ".";
      case "POLICE_CUSTODY" -> "The police took my " + k + " away in " + e.year() + ".";
      case "SENTENCED" -> "In " + e.year() + " my " + k + " was sentenced to " + e.sentenceYears()
          + " years in prison.";
      case "DISAPPEARED" -> "My " + k + " disappeared in " + e.year() + "; nobody will tell us where " + he + " is.";
      case "RELEASED_WATCHED" -> "My " + k + " was released in " + e.year() + " but is still watched.";
      case "RESTRICTED_MOVEMENT" -> "My " + k + "'s passport was taken, so " + he + " cannot leave.";
      case "NO_CONTACT" -> "I have not been able to reach my " + k + " since " + e.year() + ".";
      case "DIED" -> "My " + k + " died in " + e.year() + " after being held in a camp.";
      case "SEPARATED_CHILD" -> "My " + k + " was placed in a state boarding school after the adults were taken.";
      default -> "I do not know what happened to my " + k + ".";
    };
  }

  /** A first-person English sentence about {@code tactic} (also used in incident descriptions). */
  static String englishTactic(String tactic, String ethnicity, String city) {
    return switch (tactic) {
      case "MESSAGING_SURVEILLANCE" ->
          "The police quoted things I had written only on WeChat; I think my messages are read.";
      case "INFO_DEMAND" ->
          "An officer from my hometown called and asked for a copy of my passport, my address and a photo of my workplace.";
      case "THREAT_DIRECT" -> "When I began to speak out, they told me I would regret it.";
      case "THREAT_FAMILY" -> "They said my family would pay for what I do abroad.";
      case "INFORMANT_RECRUIT" -> "They asked me to report on other " + englishPeople(ethnicity) + " in "
          + city + ": who goes to the mosque, who joins protests.";
      case "RETURN_PRESSURE" -> "They keep telling me to come home, and that everything will be fine if I do.";
      case "SPYWARE_PHISHING" ->
          "I received a link that seemed to come from a community group; my phone behaved strangely afterwards.";
      case "ONLINE_HARASSMENT" -> "Accounts I did not know posted my photo with insults after I spoke at a protest.";
      case "EMBASSY_PRESSURE" -> "At the consulate they said they would only help me if I went back first.";
      case "DOCUMENT_DENIAL" -> "The consulate refused to renew my passport.";
      case "PHYSICAL_INTIMIDATION" -> "A man I did not know followed me home twice after community events.";
      case "HOST_DETENTION" -> "The local police held me for several days and asked about my contacts in China.";
      case "INTERPOL_OR_EXTRADITION_REQUEST" -> "A lawyer told me that China had asked for me to be sent back.";
      case "ASSAULT" -> "I was attacked in the street after a protest.";
      default -> "I was put under other kinds of pressure too.";
    };
  }

  private static String englishPeople(String ethnicity) {
    return switch (ethnicity) {
      case "KAZAKH" -> "Kazakhs";
      case "UZBEK" -> "Uzbeks";
      case "KYRGYZ" -> "Kyrgyz";
      default -> "Uyghurs";
    };
  }

  // --- Uyghur (Arabic script) ------------------------------------------------------------------

  private static String uyghur(Random rnd, TestimonyFacts f) {
    List<String> out = new ArrayList<>();
    out.add("مەن " + f.leftIn() + "-يىلى يۇرتۇمدىن ئايرىلدىم.");
    StringBuilder family = new StringBuilder();
    for (RelativeEvent e : f.events()) {
      String k = e.kin().ug;
      family.append(switch (e.status()) {
        case "IN_CAMP" -> k + " " + e.year() + "-يىلى لاگېرغا ئېلىپ كېتىلدى.";
        case "POLICE_CUSTODY" -> k + " " + e.year() + "-يىلى ساقچىلار تەرىپىدىن تۇتۇپ كېتىلدى.";
        case "SENTENCED" -> k + " " + e.year() + "-يىلى " + e.sentenceYears() + " يىللىق قاماق جازاسىغا ھۆكۈم قىلىندى.";
        case "DISAPPEARED" -> k + " " + e.year() + "-يىلى غايىب بولدى.";
        case "RELEASED_WATCHED" -> k + " قويۇپ بېرىلدى، ئەمما نازارەت ئاستىدا.";
        case "RESTRICTED_MOVEMENT" -> k + "نىڭ پاسپورتى تارتىۋېلىندى.";
        case "NO_CONTACT" -> e.year() + "-يىلىدىن بۇيان " + k + " بىلەن ئالاقەم يوق.";
        case "DIED" -> k + " " + e.year() + "-يىلى لاگېردىن كېيىن ۋاپات بولدى.";
        case "SEPARATED_CHILD" -> k + " ياتاقلىق مەكتەپكە ئەۋەتىلدى.";
        default -> k + " ھەققىدە ھېچ خەۋەر يوق.";
      }).append(' ');
    }
    out.add(family.toString());
    StringBuilder abroad = new StringBuilder();
    for (String t : f.tactics()) {
      abroad.append(switch (t) {
        case "MESSAGING_SURVEILLANCE" -> "ۋىچاتتىكى ئۇچۇرلىرىمنى ساقچىلار كۆزىتىپ تۇرغان.";
        case "INFO_DEMAND" -> "ساقچى ماڭا تېلېفون قىلىپ، پاسپورتۇمنىڭ كۆپەيتىلگەن نۇسخىسىنى ۋە ئادرېسىمنى سورىدى.";
        case "THREAT_DIRECT" -> "ئۇلار ماڭا ئاغزىڭنى يۇم، بولمىسا پۇشايمان قىلىسەن دەپ تەھدىت سالدى.";
        case "THREAT_FAMILY" -> "ئۇلار ئائىلەمگە زىيان يېتىدىغانلىقىنى ئېيتىپ تەھدىت سالدى.";
        case "INFORMANT_RECRUIT" -> "ئۇلار مېنى باشقا ئۇيغۇرلار ھەققىدە مەلۇمات بېرىشكە زورلىدى.";
        case "RETURN_PRESSURE" -> "ئۇلار مېنى يۇرتقا قايتىشقا زورلىدى.";
        default -> "باشقا بېسىملارغىمۇ دۇچ كەلدىم.";
      }).append(' ');
    }
    out.add(abroad.toString());
    out.add("ئۆيگە تېلېفون قىلىشتىن قورقىمەن.");
    return join(out);
  }

  // --- Kazakh (Cyrillic) -----------------------------------------------------------------------

  private static String kazakh(Random rnd, TestimonyFacts f) {
    List<String> out = new ArrayList<>();
    out.add("Мен " + f.leftIn() + " жылы туған жерімнен кеттім.");
    StringBuilder family = new StringBuilder();
    for (RelativeEvent e : f.events()) {
      String k = capitalize(e.kin().kk);
      family.append(switch (e.status()) {
        case "IN_CAMP" -> k + " " + e.year() + " жылы лагерьге алынды.";
        case "POLICE_CUSTODY" -> k + " " + e.year() + " жылы полицияға ұсталды.";
        case "SENTENCED" -> k + " " + e.year() + " жылы " + e.sentenceYears() + " жылға сотталды.";
        case "DISAPPEARED" -> k + " " + e.year() + " жылы хабарсыз кетті.";
        case "RELEASED_WATCHED" -> k + " босатылды, бірақ бақылауда.";
        case "RESTRICTED_MOVEMENT" -> k + " шетелге шыға алмайды.";
        case "NO_CONTACT" -> k + " туралы " + e.year() + " жылдан бері хабар жоқ.";
        case "DIED" -> k + " " + e.year() + " жылы лагерьден кейін қайтыс болды.";
        case "SEPARATED_CHILD" -> k + " интернатқа жіберілді.";
        default -> k + " туралы ештеңе білмеймін.";
      }).append(' ');
    }
    out.add(family.toString());
    StringBuilder abroad = new StringBuilder();
    for (String t : f.tactics()) {
      abroad.append(switch (t) {
        case "MESSAGING_SURVEILLANCE" -> "WeChat хабарламаларымды полиция бақылап отырды.";
        case "INFO_DEMAND" -> "Полиция телефон соғып, паспортымның көшірмесін және мекенжайымды сұрады.";
        case "THREAT_DIRECT" -> "Олар маған үндемей жүрмесем, өкінетінімді айтып қорқытты.";
        case "THREAT_FAMILY" -> "Олар отбасыма зиян келетінін айтып қорқытты.";
        case "INFORMANT_RECRUIT" -> "Олар мені басқа " + (f.ethnicity().equals("UYGHUR") ? "ұйғырлар" : "қазақтар")
            + " туралы ақпарат беруге мәжбүрледі.";
        case "RETURN_PRESSURE" -> "Олар елге қайт деп қысым жасады.";
        default -> "Басқа да қысымдарға тап болдым.";
      }).append(' ');
    }
    out.add(abroad.toString());
    out.add(rnd.nextBoolean() ? "Үйге хабарласуға қорқамын." : "Туыстарымнан бір күні хабар аламын деп үміттенемін.");
    return join(out);
  }

  // --- Russian ---------------------------------------------------------------------------------

  private static String russian(Random rnd, TestimonyFacts f) {
    boolean m = f.male();
    List<String> out = new ArrayList<>();
    out.add("Я " + (m ? "уехал" : "уехала") + " из Синьцзяна в " + f.leftIn() + " году.");
    StringBuilder family = new StringBuilder();
    for (RelativeEvent e : f.events()) {
      Kin k = e.kin();
      boolean km = k.male;
      family.append(switch (e.status()) {
        case "IN_CAMP" -> "В " + e.year() + " году " + k.ruAcc + " забрали в лагерь.";
        case "POLICE_CUSTODY" -> "В " + e.year() + " году " + k.ruAcc + " задержала полиция.";
        case "SENTENCED" -> "В " + e.year() + " году " + k.ruAcc + " приговорили к " + e.sentenceYears() + " "
            + (e.sentenceYears() % 10 == 1 && e.sentenceYears() % 100 != 11 ? "году" : "годам") + " заключения.";
        case "DISAPPEARED" -> "В " + e.year() + " году " + k.ruNom + " " + (km ? "пропал" : "пропала") + ".";
        case "RELEASED_WATCHED" -> capitalize(k.ruNom) + " " + (km ? "освобождён" : "освобождена")
            + ", но находится под наблюдением.";
        case "RESTRICTED_MOVEMENT" -> "У " + k.ruGen + " отобрали паспорт.";
        case "NO_CONTACT" -> "С " + e.year() + " года у меня нет связи с " + k.ruIns + ".";
        case "DIED" -> capitalize(k.ruNom) + " " + (km ? "умер" : "умерла") + " в " + e.year() + " году после лагеря.";
        case "SEPARATED_CHILD" -> capitalize(k.ruAcc) + " отправили в интернат.";
        default -> "Я ничего не знаю о судьбе " + k.ruGen + ".";
      }).append(' ');
    }
    out.add(family.toString());
    StringBuilder abroad = new StringBuilder();
    for (String t : f.tactics()) {
      abroad.append(switch (t) {
        case "MESSAGING_SURVEILLANCE" -> "Полиция следила за моими сообщениями в WeChat.";
        case "INFO_DEMAND" -> "Мне позвонил полицейский и потребовал копию паспорта и мой адрес.";
        case "THREAT_DIRECT" -> "Мне угрожали, когда я " + (m ? "начал" : "начала") + " говорить открыто.";
        case "THREAT_FAMILY" -> "Мне сказали, что пострадает моя семья.";
        case "INFORMANT_RECRUIT" -> "Меня просили сообщать о других " + russianPeople(f.ethnicity()) + ".";
        case "RETURN_PRESSURE" -> "Меня уговаривали вернуться домой.";
        default -> "Я " + (m ? "сталкивался" : "сталкивалась") + " и с другим давлением.";
      }).append(' ');
    }
    out.add(abroad.toString());
    out.add(rnd.nextBoolean() ? "Я боюсь звонить домой." : "Я хочу, чтобы люди знали, что происходит с моей семьёй.");
    return join(out);
  }

  private static String russianPeople(String ethnicity) {
    return switch (ethnicity) {
      case "KAZAKH" -> "казахах";
      case "UZBEK" -> "узбеках";
      case "KYRGYZ" -> "кыргызах";
      default -> "уйгурах";
    };
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }
}
