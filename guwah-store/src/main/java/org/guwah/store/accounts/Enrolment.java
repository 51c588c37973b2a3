package org.guwah.store.accounts;

import java.util.Objects;

/**
 * The result of redeeming an invitation: the new account (state {@link
 * AccountState#PENDING_SECOND_FACTOR}) and what to show so its holder can set up the
 * authenticator app.
 *
 * @param account the new account
 * @param totp the TOTP secret to scan or type (secret: see {@link TotpEnrolment})
 */
public record Enrolment(Account account, TotpEnrolment totp) {
  public Enrolment {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(totp, "totp");
  }
}
