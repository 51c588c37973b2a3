-- Closed-pool questionnaires (issue 4, part 2): forms uploaded as XLSForm, invitations that admit
-- a respondent, the submissions they send and the messages exchanged under a codename.
--
-- Unlinkability: a submission must not be linkable to the invitation that admitted it. So
--   * an invitation row keeps only what enforcement needs: the SHA-256 of its token (256 random
--     bits, shown once), how many uses are left, when it expires, whether it was revoked; no time
--     of use, no submission id;
--   * a submission keeps the day it arrived (not the time), a random (not time-ordered) id, no
--     invitation id; its answers are sealed (AES-256-GCM, key outside the database), bound to the
--     submission id;
--   * the codename and the once-per-form nonce are stored as keyed blind-index tokens only.
-- What PostgreSQL itself keeps (a row's creating transaction id) is discussed in ADR 0015.

create table questionnaire (
  id             uuid        primary key,
  title          text        not null check (length(title) between 1 and 300),
  form_id        text        not null,
  form_version   text,
  languages      text[]      not null,
  question_count integer     not null check (question_count >= 0),
  xlsx           bytea       not null,
  created_by     uuid,
  created_at     timestamptz not null,
  closed_at      timestamptz
);

create table questionnaire_invitation (
  id               uuid        primary key,
  questionnaire_id uuid        not null references questionnaire (id) on delete cascade,
  token_hash       bytea       not null unique check (length(token_hash) = 32),
  max_uses         integer     not null check (max_uses between 1 and 100000),
  uses_left        integer     not null check (uses_left between 0 and max_uses),
  expires_at       timestamptz not null,
  revoked_at       timestamptz,
  created_at       timestamptz not null
);
create index questionnaire_invitation_of on questionnaire_invitation (questionnaire_id, created_at);

create table questionnaire_submission (
  id               uuid    primary key,
  questionnaire_id uuid    not null references questionnaire (id) on delete cascade,
  received_on      date    not null,
  language         text    not null,
  status           text    not null check (status in ('new', 'accepted', 'rejected')),
  answers          bytea   not null,
  codename_token   bytea   not null unique,
  nonce_token      bytea   not null unique,
  person_id        uuid    references person (id) on delete set null,
  reviewed_by      uuid,
  reviewed_on      date
);
create index questionnaire_submission_queue on questionnaire_submission (questionnaire_id, status, received_on);

create table questionnaire_message (
  seq           bigint      generated always as identity primary key,
  submission_id uuid        not null references questionnaire_submission (id) on delete cascade,
  author        text        not null check (author in ('respondent', 'documenter')),
  sent_on       date        not null,
  body          bytea       not null
);
create index questionnaire_message_of on questionnaire_message (submission_id, seq);
