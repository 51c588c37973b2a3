-- Staff accounts, second factor and enrolment invitations (issue 3, ADR 0006).
-- No secret is stored in clear:
--   password_hash  Argon2id PHC string (salted, memory-hard);
--   totp_secret    AEAD ciphertext (the key ring's field key, outside the database), bound to the
--                  account by the associated data 'guwah:account-totp:<id>';
--   code_hash      SHA-256 of an 80-bit recovery code, bound to the account;
--   token_hash     SHA-256 of a 256-bit invitation token.

create table account (
  id             uuid        primary key,
  login_name     text        not null check (length(login_name) between 3 and 64),
  login_key      text        not null,
  password_hash  text        not null,
  totp_secret    bytea       not null,
  -- Last TOTP time step accepted (RFC 6238 replay protection); null before the first one.
  totp_last_step bigint,
  roles          text[]      not null check (
                   cardinality(roles) > 0
                   and roles <@ array['administrator', 'documenter', 'analyst', 'publisher', 'partner']),
  state          text        not null check (state in ('pending_second_factor', 'active', 'disabled')),
  created_at     timestamptz not null,
  updated_at     timestamptz not null,
  -- login_key is the login name in lower case, computed in Java (Locale.ROOT): SQL lower()
  -- follows the database locale (a Turkish locale lowers 'I' to dotless 'ı').
  constraint account_login_key_unique unique (login_key)
);

create table account_recovery_code (
  account_id uuid        not null references account (id) on delete cascade,
  code_hash  bytea       not null,
  created_at timestamptz not null,
  used_at    timestamptz,
  primary key (account_id, code_hash)
);

create table enrolment_invitation (
  id          uuid        primary key,
  token_hash  bytea       not null,
  roles       text[]      not null check (
                cardinality(roles) > 0
                and roles <@ array['administrator', 'documenter', 'analyst', 'publisher', 'partner']),
  first_start boolean     not null,
  created_at  timestamptz not null,
  expires_at  timestamptz not null,
  used_at     timestamptz,
  revoked_at  timestamptz,
  account_id  uuid        references account (id),
  constraint enrolment_invitation_token_unique unique (token_hash),
  check (expires_at > created_at)
);
