/**
 * Closed-pool questionnaires on the web: documenters upload XLSForms, issue and withdraw
 * invitations and review submissions ({@link org.guwah.web.questionnaires.QuestionnairePages});
 * respondents answer at {@code /q/{token}} and read replies under a codename ({@link
 * org.guwah.web.questionnaires.RespondentPages}). See ADR 0015.
 */
@NullMarked
package org.guwah.web.questionnaires;

import org.jspecify.annotations.NullMarked;
