-- Guwah audit log (ADR 0005): append-only, hash-chained.
-- Each entry's mac = HMAC-SHA256(chain key, prev_mac || canonical encoding of the entry); the chain
-- key is derived from the installation's keys, which are kept outside the database. Entries hold
-- codes, counts and record ids only, never identity values.
-- audit_head holds the last seq and mac; writers lock it (SELECT ... FOR UPDATE) so that the chain
-- stays a single line even with several processes writing.

create table audit_event (
  seq        bigint      primary key check (seq > 0),
  at         timestamptz not null,
  actor      text        not null,
  action     text        not null,
  kind       text,
  record_ids uuid[]      not null,
  purpose    text,
  detail     jsonb       not null,
  prev_mac   bytea       not null,
  mac        bytea       not null check (octet_length(mac) = 32)
);

create table audit_head (
  one  boolean primary key default true check (one),
  seq  bigint  not null check (seq >= 0),
  mac  bytea   not null
);
-- The chain starts from 32 zero bytes.
insert into audit_head (one, seq, mac) values (true, 0, decode(repeat('00', 32), 'hex'));

-- Defence in depth: the application never updates or deletes an entry. A database owner can drop
-- these triggers; the chain (verified with the key) is what detects that.
create function audit_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit: % on % is not allowed (append-only)', tg_op, tg_table_name
    using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_delete before update or delete on audit_event
  for each row execute function audit_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_append_only();
create trigger audit_head_no_delete before delete on audit_head
  for each row execute function audit_append_only();
create trigger audit_head_no_truncate before truncate on audit_head
  for each statement execute function audit_append_only();
