package org.guwah.forms.tables;

/**
 * What a list column holds, recognised from its header ({@link ListColumns}). The first eight
 * fields mirror the columns of {@code guwah link} ({@code record_id, source, name, sex, birth_date,
 * birth_year, place, id_number}); the others are what NGO lists, community registers and leaked
 * official spreadsheets carry.
 */
public enum ListField {
  /** The list's own row identifier: 序号, No., № п/п, Sıra No, record_id. */
  RECORD_ID,
  /** Which list or source a row comes from ({@code guwah link}'s {@code source}). */
  SOURCE,
  /** A name in whatever script the list uses: 姓名, Name, ФИО, ئىسمى, Ad Soyad. */
  NAME,
  /** A name written in Latin letters (pinyin, Uyghur Latin, Turkish): 拼音, Latin name. */
  NAME_LATIN,
  /** A name written in Chinese characters: 汉文姓名, Chinese name. */
  NAME_CHINESE,
  /** The father's name (Uyghur and Kazakh names are given name + father's name). */
  FATHER_NAME,
  SEX,
  /** 民族; "nationality" in the PRC sense. */
  ETHNICITY,
  BIRTH_DATE,
  BIRTH_YEAR,
  AGE,
  /** Household registration, home town, birth place or an address not marked as current. */
  PLACE,
  /** Where the person lives now: 现住址, current address. */
  CURRENT_ADDRESS,
  /** A GB/T 2260 county code (6 digits). */
  COUNTY_CODE,
  /** A PRC resident ID (身份证号, 公民身份号码). */
  ID_NUMBER,
  /** Camp, prison or detention facility: 教育点, 所在单位, 监狱. */
  FACILITY,
  /** When the person was taken: 入教时间, detention date. */
  DETENTION_DATE,
  /** Why the person was detained, as the list states it: 原因, 罪名. */
  REASON,
  /** Current status or whereabouts: 状态, 去向. */
  STATUS,
  /** Sentence or verdict: 刑期, 判决. */
  SENTENCE,
  PHONE,
  /** How the person relates to the list's main subject: 与本人关系. */
  RELATIONSHIP,
  /** Remarks: 备注, Notes. */
  NOTES
}
