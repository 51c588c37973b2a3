package org.guwah.web.auth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the sign-in, enrolment and account routes. */
public final class AuthBodies {
  private AuthBodies() {}

  /** Sign-in, first step. */
  public record SignIn(String loginName, String password) {
    @Override
    public String toString() {
      return "SignIn[<redacted>]";
    }
  }

  /** Second step: a code from the authenticator app, or one recovery code. */
  public record SecondFactor(@Nullable String code, @Nullable String recoveryCode) {
    @Override
    public String toString() {
      return "SecondFactor[<redacted>]";
    }
  }

  /** Redeeming an invitation. */
  public record Enrol(String token, String loginName, String password) {
    @Override
    public String toString() {
      return "Enrol[<redacted>]";
    }
  }

  /** What the authenticator app needs: the otpauth URI, its QR code (SVG) and the secret to type. */
  public record EnrolmentStarted(String otpauthUri, String secret, String qrSvg, SessionView session) {
    @Override
    public String toString() {
      return "EnrolmentStarted[<redacted>]";
    }
  }

  /** A code from the authenticator app. */
  public record Code(String code) {
    @Override
    public String toString() {
      return "Code[<redacted>]";
    }
  }

  /** Recovery codes, shown once at the end of enrolment. */
  public record EnrolmentDone(List<String> recoveryCodes, SessionView session) {
    @Override
    public String toString() {
      return "EnrolmentDone[<redacted>]";
    }
  }

  /** The caller's session; the CSRF token goes into {@code X-CSRF-Token} of state-changing requests. */
  public record SessionView(UUID accountId, String loginName, List<String> roles, String stage, String csrfToken) {
    @Override
    public String toString() {
      return "SessionView[" + accountId + " " + stage + "]";
    }
  }

  /** An invitation to issue. */
  public record InvitationRequest(List<String> roles, @Nullable Integer validDays) {}

  /** An issued invitation: the token is shown here once. */
  public record InvitationIssued(UUID id, String token, List<String> roles, Instant expiresAt) {
    @Override
    public String toString() {
      return "InvitationIssued[" + id + "]";
    }
  }

  /** An account as administrators see it. */
  public record AccountView(UUID id, String loginName, List<String> roles, String state, Instant createdAt) {}

  /** New roles of an account. */
  public record Roles(List<String> roles) {}
}
