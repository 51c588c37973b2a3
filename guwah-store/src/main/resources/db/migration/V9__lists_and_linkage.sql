-- Lists and record linkage in the product (issue 5, point 5; ADR 0016).
--
-- A list is a spreadsheet of people that corroborates testimonies: an NGO list, a community
-- register, a leaked official spreadsheet. Its rows are identity data under the same protection as
-- a person: every cell sealed (AES-256-GCM under the field key, bound to the row by associated data
-- "guwah:list_row:<id>"), equality look-ups through keyed blind-index tokens only. The list's title,
-- file name and headers are sealed too ("guwah:source_list:<id>"). Both tables have the
-- id/version/identity columns that key rotation re-seals.
--
-- Linking a list against the people already recorded writes proposals; a reviewer confirms,
-- rejects or leaves each unsure. Decisions are kept per (row fingerprint, person), the fingerprint
-- being a keyed token of the row's cells, so that the same row imported again (a new copy of the
-- list, a re-run) is not asked about twice. Proposals and decisions hold codes and numbers only.

create table source_list (
  id         uuid        primary key,
  version    bigint      not null default 1 check (version > 0),
  kind       text        not null,
  row_count  integer     not null check (row_count >= 0),
  created_by uuid,
  created_at timestamptz not null,
  linked_at  timestamptz,
  identity   bytea       not null
);

create table list_row (
  id          uuid    primary key,
  version     bigint  not null default 1 check (version > 0),
  list_id     uuid    not null references source_list (id) on delete cascade,
  row_number  integer not null check (row_number > 0),
  tokens      bytea[] not null,
  fingerprint bytea   not null,
  identity    bytea   not null,
  unique (list_id, row_number)
);
create index list_row_tokens on list_row using gin (tokens);
create index list_row_fingerprint on list_row (fingerprint);

create table link_proposal (
  id           uuid             primary key,
  list_row_id  uuid             not null references list_row (id) on delete cascade,
  person_id    uuid             not null references person (id) on delete cascade,
  probability  double precision not null check (probability >= 0 and probability <= 1),
  match_weight double precision not null,
  outcome      text             not null check (outcome in ('linked', 'below_threshold', 'blocked')),
  guard        text             not null,
  evidence     text             not null,
  status       text             not null check (status in ('proposed', 'confirmed', 'rejected', 'unsure')),
  reused       boolean          not null default false,
  decided_by   uuid,
  decided_at   timestamptz,
  created_at   timestamptz      not null,
  unique (list_row_id, person_id)
);
create index link_proposal_queue on link_proposal (status, probability desc, id);
create index link_proposal_person on link_proposal (person_id, status);

create table link_decision (
  fingerprint bytea       not null,
  person_id   uuid        not null references person (id) on delete cascade,
  verdict     text        not null check (verdict in ('confirmed', 'rejected', 'unsure')),
  decided_by  uuid,
  decided_at  timestamptz not null,
  primary key (fingerprint, person_id)
);

-- A person's history on the case page also shows the reviews that matched list rows to them.
drop index audit_event_writes_by_record;
create index audit_event_writes_by_record on audit_event using gin (record_ids)
  where action in ('create', 'update', 'delete', 'consent_change', 'import', 'link_review');
