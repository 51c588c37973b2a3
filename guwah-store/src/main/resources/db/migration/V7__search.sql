-- Keeping the full-text index in step with the database (issue 4, point 4; ADR 0014).
--
-- The index (Lucene, under DATA/search) is derived data: the database is the truth. Every write
-- that can change what the index holds about a record, or who may find it, queues the record in
-- search_outbox IN THE SAME TRANSACTION, by trigger, whoever writes (web, imports, demo data):
--   * person or source inserted, deleted, or updated with a new version, consent, protected flag
--     or list of sources (a re-seal under a rotated field key changes none of these: not queued);
--   * a person change also queues the sources it cites (before and after) and the sources it
--     reported: whether a source "involves a protected third party" depends on them;
--   * a share granted or withdrawn (record_share) queues the shared person or source.
-- The server indexes queued records after the commit and removes exactly the entries it indexed
-- (kind, record_id, seq): an entry queued again meanwhile has a new seq and stays. Entries left by
-- a crash, a failed index write or another process (guwah import) are picked up by the server's
-- next pass, so nothing committed is ever missing from the index for long.
-- The outbox holds ids only (no identity value, nothing from the envelope).

create sequence search_outbox_seq;

create table search_outbox (
  kind      text   not null,
  record_id uuid   not null,
  seq       bigint not null,
  primary key (kind, record_id)
);
create index search_outbox_seq_order on search_outbox (seq);

-- One row: the id of this database (an index records the database it mirrors and is rebuilt when
-- opened against another one) and an operator's pending request for a full rebuild.
create table search_state (
  singleton            boolean     primary key default true check (singleton),
  database_id          uuid        not null,
  rebuild_requested_at timestamptz
);
insert into search_state (database_id) values (gen_random_uuid());

create function search_enqueue(record_kind text, ids uuid[]) returns void
  language sql volatile as $$
  insert into search_outbox (kind, record_id, seq)
  select record_kind, u.id, nextval('search_outbox_seq')
    from (select distinct x as id from unnest(ids) x where x is not null) u
  on conflict (kind, record_id) do update set seq = excluded.seq
$$;

create function search_person_changed() returns trigger
  language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform search_enqueue('person', array[old.id]);
    perform search_enqueue('source', old.source_ids
        || array(select s.id from source s where s.reporter_person_id = old.id));
    return null;
  end if;
  perform search_enqueue('person', array[new.id]);
  if tg_op = 'INSERT' then
    perform search_enqueue('source', new.source_ids);
  else
    perform search_enqueue('source', new.source_ids || old.source_ids
        || array(select s.id from source s where s.reporter_person_id = new.id));
  end if;
  return null;
end
$$;

create function search_source_changed() returns trigger
  language plpgsql as $$
begin
  perform search_enqueue('source', array[case when tg_op = 'DELETE' then old.id else new.id end]);
  return null;
end
$$;

create function search_share_changed() returns trigger
  language plpgsql as $$
declare
  r record;
begin
  if tg_op = 'DELETE' then
    r := old;
  else
    r := new;
  end if;
  if r.kind in ('person', 'source') then
    perform search_enqueue(r.kind, array[r.record_id]);
  end if;
  return null;
end
$$;

create trigger search_person_inserted after insert on person
  for each row execute function search_person_changed();
create trigger search_person_updated after update on person
  for each row when (old.version is distinct from new.version
      or old.consent is distinct from new.consent
      or old.protected_third_party is distinct from new.protected_third_party
      or old.source_ids is distinct from new.source_ids)
  execute function search_person_changed();
create trigger search_person_deleted after delete on person
  for each row execute function search_person_changed();

create trigger search_source_inserted after insert on source
  for each row execute function search_source_changed();
create trigger search_source_updated after update on source
  for each row when (old.version is distinct from new.version
      or old.consent is distinct from new.consent
      or old.reporter_person_id is distinct from new.reporter_person_id)
  execute function search_source_changed();
create trigger search_source_deleted after delete on source
  for each row execute function search_source_changed();

create trigger search_share_changed after insert or delete on record_share
  for each row execute function search_share_changed();
