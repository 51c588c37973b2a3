package org.guwah.store.accounts;

/** How far a session has got through sign-in. */
public enum SessionStage {
  /**
   * The password was right; the second factor (or enrolment of it) is still due. Such a session
   * may only reach the second-factor and enrolment pages, and expires after {@link
   * SessionStore.Policy#secondFactorTimeout()}.
   */
  PASSWORD_VERIFIED("password_verified"),
  /** Password and second factor passed. */
  AUTHENTICATED("authenticated");

  private final String code;

  SessionStage(String code) {
    this.code = code;
  }

  /** The lowercase code. */
  public String code() {
    return code;
  }
}
