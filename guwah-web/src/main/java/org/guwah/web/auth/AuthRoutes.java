package org.guwah.web.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.guwah.core.validation.ValidationException;
import org.guwah.store.accounts.Account;
import org.guwah.store.accounts.AccountNotFoundException;
import org.guwah.store.accounts.AccountStateConflictException;
import org.guwah.store.accounts.AccountStore;
import org.guwah.store.accounts.Enrolment;
import org.guwah.store.accounts.InvitationRejectedException;
import org.guwah.store.accounts.IssuedInvitation;
import org.guwah.store.accounts.LastAdministratorException;
import org.guwah.store.accounts.LoginNameTakenException;
import org.guwah.store.accounts.LoginThrottle;
import org.guwah.store.accounts.NewSession;
import org.guwah.store.accounts.RecoveryCodes;
import org.guwah.store.accounts.Role;
import org.guwah.store.accounts.Session;
import org.guwah.store.accounts.SessionStage;
import org.guwah.store.accounts.TotpEnrolment;
import org.guwah.store.audit.AuditAction;
import org.guwah.store.audit.AuditEntry;
import org.guwah.store.audit.AuditLog;
import org.guwah.web.api.Access;
import org.guwah.web.api.ApiCall;
import org.guwah.web.api.ApiException;
import org.guwah.web.api.ApiRoute;
import org.guwah.web.api.BodyType;
import org.guwah.web.api.ConflictException;
import org.guwah.web.api.ErrorCode;
import org.guwah.web.api.NotFoundException;
import org.guwah.web.auth.AuthBodies.AccountView;
import org.guwah.web.auth.AuthBodies.Code;
import org.guwah.web.auth.AuthBodies.Enrol;
import org.guwah.web.auth.AuthBodies.EnrolmentDone;
import org.guwah.web.auth.AuthBodies.EnrolmentStarted;
import org.guwah.web.auth.AuthBodies.InvitationIssued;
import org.guwah.web.auth.AuthBodies.InvitationRequest;
import org.guwah.web.auth.AuthBodies.SecondFactor;
import org.guwah.web.auth.AuthBodies.SessionView;
import org.guwah.web.auth.AuthBodies.SignIn;

/**
 * Sign-in, enrolment and account administration under {@code /api/v1}:
 *
 * <ul>
 *   <li>{@code POST /session}: login name and password; opens a half session (cookie) that can
 *       only reach the second-factor and enrolment steps;
 *   <li>{@code POST /session/second-factor}: a TOTP code or a recovery code; replaces the half
 *       session by a complete one with a new token and CSRF token;
 *   <li>{@code GET /session}, {@code DELETE /session}: the current session, sign-out;
 *   <li>{@code POST /enrolment}: redeem an invitation token (sent in the body, never in a URL), get
 *       the authenticator secret and its QR code; {@code POST /enrolment/confirm}: first code,
 *       answers the recovery codes once and completes the session;
 *   <li>administrators: {@code POST /invitations}, {@code GET /accounts},
 *       {@code PUT /accounts/{id}/roles}, {@code POST /accounts/{id}/disable} (which ends the
 *       account's sessions).
 * </ul>
 *
 * <p>Failed sign-ins are throttled per login name and per client address ({@link LoginThrottle});
 * the answer never says whether the name exists. No password, code, token or secret is logged.
 */
public final class AuthRoutes {
  private static final String BASE = "/api/v1";
  private final AccountStore accounts;
  private final SessionCookies cookies;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final SignIns signIns;

  private AuthRoutes(AccountStore accounts, SessionCookies cookies, LoginThrottle throttle, AuditLog audit) {
    this.accounts = accounts;
    this.cookies = cookies;
    this.throttle = throttle;
    this.audit = audit;
    this.signIns = new SignIns(accounts, cookies, throttle, audit);
  }

  /**
   * Every sign-in, enrolment and account route. Sign-ins (complete and failed), sign-outs,
   * enrolments and account changes are appended to {@code audit}; a failed sign-in is recorded
   * without the login name typed (it may be anything, a person's name included).
   */
  public static List<ApiRoute> of(AccountStore accounts, SessionCookies cookies, LoginThrottle throttle,
      AuditLog audit) {
    AuthRoutes r = new AuthRoutes(accounts, cookies, throttle, audit);
    Access admin = Access.roles(Role.ADMINISTRATOR);
    return List.of(
        ApiRoute.post(BASE + "/session").operationId("signIn").tag("session").access(Access.anyone())
            .summary("Sign in with login name and password; the second factor follows")
            .requestBody(SignIn.class).response(SessionView.class).status(200)
            .handler(r::signIn),
        ApiRoute.post(BASE + "/session/second-factor").operationId("passSecondFactor").tag("session")
            .access(Access.signingIn())
            .summary("Complete sign-in with an authenticator code or a recovery code")
            .requestBody(SecondFactor.class).response(SessionView.class).status(200)
            .handler(r::secondFactor),
        ApiRoute.get(BASE + "/session").operationId("getSession").tag("session").access(Access.signingIn())
            .summary("The caller's session and its CSRF token")
            .response(SessionView.class).handler(call -> r.view(call.requireSession())),
        ApiRoute.delete(BASE + "/session").operationId("signOut").tag("session").access(Access.signingIn())
            .summary("Sign out").handler(r::signOut),
        ApiRoute.post(BASE + "/enrolment").operationId("enrol").tag("session").access(Access.anyone())
            .summary("Redeem an invitation: choose login name and password, get the authenticator secret")
            .requestBody(Enrol.class).response(EnrolmentStarted.class).status(200)
            .handler(r::enrol),
        ApiRoute.post(BASE + "/enrolment/confirm").operationId("confirmEnrolment").tag("session")
            .access(Access.signingIn())
            .summary("Confirm the authenticator with its first code; answers the recovery codes once")
            .requestBody(Code.class).response(EnrolmentDone.class).status(200)
            .handler(r::confirm),
        ApiRoute.post(BASE + "/invitations").operationId("invite").tag("accounts").access(admin)
            .summary("Issue an enrolment invitation for new roles (the token is shown once)")
            .requestBody(InvitationRequest.class).response(InvitationIssued.class)
            .handler(r::invite),
        ApiRoute.get(BASE + "/accounts").operationId("listAccounts").tag("accounts").access(admin)
            .summary("All accounts").response(BodyType.listOf(AccountView.class))
            .handler(call -> accounts.list().stream().map(AuthRoutes::view).toList()),
        ApiRoute.put(BASE + "/accounts/{id}/roles").operationId("changeRoles").tag("accounts").access(admin)
            .summary("Replace an account's roles; its sessions end")
            .requestBody(AuthBodies.Roles.class).response(AccountView.class)
            .handler(r::changeRoles),
        ApiRoute.post(BASE + "/accounts/{id}/disable").operationId("disableAccount").tag("accounts").access(admin)
            .summary("Disable an account; its sessions end").response(AccountView.class).status(200)
            .handler(r::disable));
  }

  private SessionView signIn(ApiCall call) {
    SignIn body = call.body(SignIn.class);
    NewSession opened = signIns.password(call.context(), body.loginName(), body.password());
    return view(opened.session(), accounts.find(opened.session().accountId()).orElseThrow());
  }

  private SessionView secondFactor(ApiCall call) {
    SecondFactor body = call.body(SecondFactor.class);
    if ((body.code() == null) == (body.recoveryCode() == null)) {
      throw ValidationException.of("code", "give either code or recoveryCode");
    }
    SignIns.Completed done = signIns.secondFactor(call.context(), call.requireSession(), body.code(), body.recoveryCode());
    return view(done.session(), done.account());
  }

  private SessionView promote(ApiCall call, Session session, Account account) {
    return view(signIns.promote(call.context(), session), account);
  }

  private Object signOut(ApiCall call) {
    signIns.signOut(call.context(), call.requireSession());
    return null;
  }

  private EnrolmentStarted enrol(ApiCall call) {
    Enrol body = call.body(Enrol.class);
    Enrolment enrolment;
    try {
      enrolment = accounts.redeem(body.token(), body.loginName(), body.password());
    } catch (InvitationRejectedException e) {
      throw ApiException.of(ErrorCode.GONE);
    } catch (LoginNameTakenException e) {
      throw new ConflictException("this login name is taken", Map.of("loginName", "is taken"));
    }
    signIns.endCurrentSession(call.context());
    Account account = enrolment.account();
    audit.append(AuditEntry.of(AuditEntry.account(account.id()), AuditAction.ENROL).withDetail("step", "password"));
    NewSession opened = cookies.sessions().open(account.id(), account.roles(), SessionStage.PASSWORD_VERIFIED);
    cookies.set(call.context(), opened.token());
    TotpEnrolment totp = enrolment.totp();
    return new EnrolmentStarted(totp.uri(), totp.secretBase32(), QrSvg.render(totp.uri()), view(opened.session(), account));
  }

  private EnrolmentDone confirm(ApiCall call) {
    Session session = call.requireSession();
    Account account = signIns.activeAccount(session);
    String address = call.context().ip();
    signIns.refuseIfThrottled(call.context(), account.loginName(), address);
    Optional<RecoveryCodes> codes;
    try {
      codes = accounts.confirmSecondFactor(account.id(), call.body(Code.class).code());
    } catch (AccountStateConflictException e) {
      throw new ConflictException("the authenticator of this account is already confirmed");
    }
    if (codes.isEmpty()) {
      throttle.recordFailure(account.loginName(), address);
      throw ApiException.of(ErrorCode.SIGN_IN_FAILED);
    }
    Account active = accounts.find(account.id()).orElseThrow();
    audit.append(AuditEntry.of(AuditEntry.account(account.id()), AuditAction.ENROL).withDetail("step", "second_factor"));
    return new EnrolmentDone(codes.get().codes(), promote(call, session, active));
  }

  private InvitationIssued invite(ApiCall call) {
    InvitationRequest body = call.body(InvitationRequest.class);
    Set<Role> roles = roles(body.roles());
    int days = body.validDays() == null ? (int) AccountStore.DEFAULT_INVITATION_VALIDITY.toDays() : body.validDays();
    if (days < 1 || days > AccountStore.MAX_INVITATION_VALIDITY.toDays()) {
      throw ValidationException.of("validDays", "must be between 1 and " + AccountStore.MAX_INVITATION_VALIDITY.toDays());
    }
    IssuedInvitation issued = accounts.invite(roles, Duration.ofDays(days));
    audit.append(AuditEntry.of(AuditEntry.account(call.requireSession().accountId()), AuditAction.ACCOUNT_CREATE)
        .withKind("invitation").withRecord(issued.invitation().id()));
    return new InvitationIssued(issued.invitation().id(), issued.token(), codes(issued.invitation().roles()),
        issued.invitation().expiresAt());
  }

  private AccountView changeRoles(ApiCall call) {
    UUID id = call.pathUuid("id");
    Set<Role> roles = roles(call.body(AuthBodies.Roles.class).roles());
    try {
      Account changed = accounts.changeRoles(id, roles);
      cookies.sessions().invalidateAccount(id);
      audit.append(AuditEntry.of(AuditEntry.account(call.requireSession().accountId()), AuditAction.ACCOUNT_UPDATE)
          .withKind("account").withRecord(id).withDetail("change", "roles"));
      return view(changed);
    } catch (AccountNotFoundException e) {
      throw new NotFoundException("no account with this id");
    } catch (LastAdministratorException e) {
      throw new ConflictException("the last administrator cannot lose that role");
    }
  }

  private AccountView disable(ApiCall call) {
    UUID id = call.pathUuid("id");
    try {
      Account disabled = accounts.disable(id);
      cookies.sessions().invalidateAccount(id);
      audit.append(AuditEntry.of(AuditEntry.account(call.requireSession().accountId()), AuditAction.ACCOUNT_UPDATE)
          .withKind("account").withRecord(id).withDetail("change", "disabled"));
      return view(disabled);
    } catch (AccountNotFoundException e) {
      throw new NotFoundException("no account with this id");
    } catch (LastAdministratorException e) {
      throw new ConflictException("the last administrator cannot be disabled");
    }
  }

  private static Set<Role> roles(List<String> codes) {
    if (codes.isEmpty()) {
      throw ValidationException.of("roles", "must name at least one role");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (int i = 0; i < codes.size(); i++) {
      try {
        roles.add(Role.fromCode(codes.get(i)));
      } catch (IllegalArgumentException e) {
        throw ValidationException.of("roles[" + i + "]", "is not a role (administrator, documenter, analyst, publisher, partner)");
      }
    }
    return roles;
  }

  private static List<String> codes(Set<Role> roles) {
    List<String> out = new ArrayList<>();
    roles.forEach(r -> out.add(r.code()));
    return out;
  }

  private SessionView view(Session session) {
    Account account = accounts.find(session.accountId()).orElseThrow(() -> ApiException.of(ErrorCode.NOT_SIGNED_IN));
    return view(session, account);
  }

  private static SessionView view(Session session, Account account) {
    return new SessionView(account.id(), account.loginName(), codes(session.roles()), session.stage().code(),
        session.csrfToken());
  }

  static AccountView view(Account a) {
    return new AccountView(a.id(), a.loginName(), codes(a.roles()), a.state().code(), a.createdAt());
  }

  @Override
  public String toString() {
    return "AuthRoutes";
  }
}
