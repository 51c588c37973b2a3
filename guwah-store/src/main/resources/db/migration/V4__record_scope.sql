-- Record scope (issue 3, ADR 0008): who wrote a record, which partners it is shared with, and
-- whether a record may be used for a consent purpose (a consent_purpose code). Reads put these
-- functions into their WHERE clause, so a consent change takes effect on the very next read.
-- Coded data only: nothing here touches the encrypted identity column.

-- The account that created / last wrote a record. Null for records written without an account
-- (command-line import, demo data, tests). No foreign key: accounts are disabled, not deleted, and
-- an account id stays meaningful in the audit log after the account is gone.
alter table person       add column created_by uuid, add column updated_by uuid;
alter table source       add column created_by uuid, add column updated_by uuid;
alter table incident     add column created_by uuid, add column updated_by uuid;
alter table detention    add column created_by uuid, add column updated_by uuid;
alter table relationship add column created_by uuid, add column updated_by uuid;
create index person_created_by       on person (created_by);
create index source_created_by       on source (created_by);
create index incident_created_by     on incident (created_by);
create index detention_created_by    on detention (created_by);
create index relationship_created_by on relationship (created_by);
-- "Which persons does this source report on?" (protected third parties reported by a source).
create index person_source_ids on person using gin (source_ids);

-- A record explicitly shared with a partner (read-only access, still subject to the record's
-- PARTNER_SHARING consent at every read).
create table record_share (
  kind       text        not null check (kind in ('person', 'source', 'incident', 'detention', 'relationship')),
  record_id  uuid        not null,
  partner    uuid        not null,
  granted_by uuid,
  granted_at timestamptz not null,
  primary key (kind, record_id, partner)
);
create index record_share_partner on record_share (partner, kind);

-- A consent document (the JSON of org.guwah.core.consent.Consent) grants a purpose only when its
-- entry for the purpose has status GRANTED. A missing document, entry or status is a no.
create function consent_grants(consent jsonb, purpose text) returns boolean
  language sql immutable parallel safe as $$
  select coalesce((consent -> 'purposes' -> purpose ->> 'status') = 'GRANTED', false)
$$;

-- Every id names a stored source whose consent grants the purpose (true for no ids; a dangling id
-- is a no).
create function all_sources_grant(source_ids uuid[], purpose text) returns boolean
  language sql stable parallel safe as $$
  select not exists (
    select 1
    from unnest(coalesce(source_ids, '{}'::uuid[])) as ref(id)
    left join source s on s.id = ref.id
    where ref.id is null or s.id is null or not consent_grants(s.consent, purpose))
$$;

-- The person rule. A person who is not a protected third party: its own consent. A protected third
-- party (a relative who never consented): never for PUBLIC_PROFILE; for any other purpose only when
-- it has at least one source and every one of its sources grants the purpose (the reporting
-- relative consents for the case).
create function person_usable(protected_third_party boolean, consent jsonb, source_ids uuid[], purpose text)
  returns boolean language sql stable parallel safe as $$
  select case
    when purpose is null then false
    when not coalesce(protected_third_party, true) then consent_grants(consent, purpose)
    when purpose = 'PUBLIC_PROFILE' then false
    else coalesce(cardinality(source_ids), 0) > 0 and all_sources_grant(source_ids, purpose)
  end
$$;

-- Every id names a stored person usable for the purpose (true for no ids; a dangling id is a no).
create function all_persons_usable(person_ids uuid[], purpose text) returns boolean
  language sql stable parallel safe as $$
  select not exists (
    select 1
    from unnest(coalesce(person_ids, '{}'::uuid[])) as ref(id)
    left join person p on p.id = ref.id
    where ref.id is null or p.id is null
       or not person_usable(p.protected_third_party, p.consent, p.source_ids, purpose))
$$;

-- A source (testimony): its own consent.
create function source_usable(consent jsonb, purpose text) returns boolean
  language sql immutable parallel safe as $$
  select consent_grants(consent, purpose)
$$;

-- Records without consent of their own: every person they refer to is usable for the purpose and
-- every source they cite grants it. An incident that refers to no person and cites no source has
-- nobody whose consent could cover it, and is usable for nothing.
create function incident_usable(target_person_id uuid, relative_ids uuid[], source_ids uuid[], purpose text)
  returns boolean language sql stable parallel safe as $$
  select (target_person_id is not null or coalesce(cardinality(relative_ids), 0) > 0
          or coalesce(cardinality(source_ids), 0) > 0)
     and all_persons_usable(array_remove(array_prepend(target_person_id, coalesce(relative_ids, '{}'::uuid[])), null),
                            purpose)
     and all_sources_grant(source_ids, purpose)
$$;

create function detention_usable(person_id uuid, source_ids uuid[], purpose text)
  returns boolean language sql stable parallel safe as $$
  select person_id is not null
     and all_persons_usable(array[person_id], purpose)
     and all_sources_grant(source_ids, purpose)
$$;

create function relationship_usable(person_id uuid, related_person_id uuid, source_ids uuid[], purpose text)
  returns boolean language sql stable parallel safe as $$
  select person_id is not null and related_person_id is not null
     and all_persons_usable(array[person_id, related_person_id], purpose)
     and all_sources_grant(source_ids, purpose)
$$;

-- Whether a record concerns a protected third party (whose identity a partner never sees): one of
-- the persons it refers to is protected; for a source, its reporter is, or it reports on one
-- (it is among a protected person's sources).
create function any_person_protected(person_ids uuid[]) returns boolean
  language sql stable parallel safe as $$
  select exists (select 1 from person p where p.id = any(person_ids) and p.protected_third_party)
$$;

create function source_concerns_protected(source_id uuid, reporter_person_id uuid) returns boolean
  language sql stable parallel safe as $$
  select exists (
    select 1 from person p
    where p.protected_third_party
      and (p.id = reporter_person_id or p.source_ids @> array[source_id]))
$$;
