-- Guwah case store.
-- Coded, non-identifying fields are plain columns so that statistics are queries.
-- Identity data (names, contacts, ID numbers, exact dates of birth, localities, addresses, free text)
-- lives only in the "identity" column: one AEAD ciphertext per row (Tink, key outside the database),
-- bound to the row by its associated data. Equality look-ups use "tokens": keyed PRF outputs
-- (blind indexes), never the values.

create table person (
  id                    uuid primary key,
  version               bigint      not null check (version > 0),
  created_at            timestamptz not null,
  updated_at            timestamptz not null,
  sex                   text        not null,
  ethnicity             text        not null,
  birth_year_from       integer,
  birth_year_to         integer,
  home_country          text,
  home_county           text,
  residence_country     text,
  identity_level        text        not null,
  protected_third_party boolean     not null,
  consent               jsonb       not null,
  name_scripts          text[]      not null,
  source_ids            uuid[]      not null,
  tokens                bytea[]     not null,
  identity              bytea       not null
);
create index person_residence_country on person (residence_country);
create index person_home_county on person (home_county);
create index person_tokens on person using gin (tokens);

create table source (
  id                 uuid primary key,
  version            bigint      not null check (version > 0),
  created_at         timestamptz not null,
  updated_at         timestamptz not null,
  kind               text        not null,
  reporter_person_id uuid references person (id),
  reporter_relation  text,
  received_from      date,
  received_to        date,
  received_precision text,
  language           text,
  verification       text        not null,
  consent            jsonb       not null,
  identity           bytea       not null
);
create index source_reporter on source (reporter_person_id);

create table incident (
  id                  uuid primary key,
  version             bigint      not null check (version > 0),
  created_at          timestamptz not null,
  updated_at          timestamptz not null,
  tactics             text[]      not null,
  channel             text        not null,
  perpetrator         text        not null,
  perpetrator_country text,
  target_person_id    uuid references person (id),
  relative_ids        uuid[]      not null,
  date_from           date,
  date_to             date,
  date_precision      text,
  host_country        text,
  host_city           text,
  source_ids          uuid[]      not null,
  identity            bytea       not null
);
create index incident_target on incident (target_person_id);
create index incident_tactics on incident using gin (tactics);
create index incident_relatives on incident using gin (relative_ids);

create table detention (
  id              uuid primary key,
  version         bigint      not null check (version > 0),
  created_at      timestamptz not null,
  updated_at      timestamptz not null,
  person_id       uuid        not null references person (id),
  status          text        not null,
  date_from       date,
  date_to         date,
  date_precision  text,
  place_country   text,
  place_county    text,
  facility        text,
  reasons         text[]      not null,
  sentence_months integer,
  source_ids      uuid[]      not null,
  identity        bytea       not null
);
create index detention_person on detention (person_id);

create table relationship (
  id                uuid primary key,
  version           bigint      not null check (version > 0),
  created_at        timestamptz not null,
  updated_at        timestamptz not null,
  person_id         uuid        not null references person (id),
  kind              text        not null,
  related_person_id uuid        not null references person (id),
  source_ids        uuid[]      not null,
  identity          bytea       not null
);
create index relationship_person on relationship (person_id);
create index relationship_related on relationship (related_person_id);

-- Every change of consent, kept for the record (withdrawals included). Coded data only.
create table consent_event (
  seq          bigserial primary key,
  subject_kind text        not null,
  subject_id   uuid        not null,
  purpose      text        not null,
  status       text,
  recorded_on  date,
  method       text,
  withdrawn_on date,
  changed_at   timestamptz not null
);
create index consent_event_subject on consent_event (subject_id);
