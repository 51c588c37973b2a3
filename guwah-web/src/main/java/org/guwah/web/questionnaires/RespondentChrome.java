package org.guwah.web.questionnaires;

import org.guwah.web.i18n.Translation;

/**
 * The frame of a respondent's page: interface texts, the page's title, the language and direction
 * of its content (the form's language, which may differ from the interface's), and where the
 * quick-exit link leads.
 */
public record RespondentChrome(Translation t, String title, String lang, String dir, String quickExit) {}
