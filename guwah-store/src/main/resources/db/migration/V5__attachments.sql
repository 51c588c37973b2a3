-- Attachments (issue 4, part 5): screenshots, chat exports, voice messages and documents attached to
-- a case record. The content is stored here, in the database, so that backups include it: as
-- chunks (1 MiB by default), each sealed with AES-256-GCM under the field key (Tink, key outside
-- the database), bound to the attachment, its position and whether it is the last chunk
-- (org.guwah.store.crypto.ChunkCipher). Nothing in these tables is readable without the keys:
--   * clear: the record it belongs to, media type (detected from the bytes), stored size, chunk
--     count, what metadata was removed, who stored it and when;
--   * sealed ("provenance"): the original's size and SHA-256, the stored content's SHA-256 (a hash
--     in clear would let anyone holding a copy of a file confirm that it is here);
--   * sealed ("label"): the original file name and the caption (identity data).
-- Both sealed columns are bound to the id and every clear column, so editing a clear column makes
-- the attachment fail to verify. See org.guwah.store.attachments.AttachmentStore.

create table attachment (
  id                 uuid        primary key,
  record_kind        text        not null check (record_kind in ('person', 'source', 'incident', 'detention', 'relationship')),
  record_id          uuid        not null,
  media_type         text        not null check (media_type in ('image/jpeg', 'image/png', 'image/webp', 'image/gif',
                                   'application/pdf', 'text/plain', 'audio/ogg', 'audio/mpeg', 'audio/mp4', 'audio/wav')),
  size               bigint      not null check (size > 0),
  chunk_count        integer     not null check (chunk_count > 0),
  metadata_treatment text        not null check (metadata_treatment in ('stripped', 'not_stripped', 'not_applicable')),
  stripped_metadata  text[]      not null,
  created_by         uuid,
  created_at         timestamptz not null,
  provenance         bytea       not null,
  label              bytea       not null
);
create index attachment_record on attachment (record_kind, record_id, created_at);

-- The foreign key is deferred so that a streaming upload can write its chunks before it knows the
-- values of its metadata row (size, digests), all in one transaction. Deleting an attachment
-- deletes its chunks.
create table attachment_chunk (
  attachment_id uuid    not null references attachment (id) on delete cascade deferrable initially deferred,
  chunk_index   integer not null check (chunk_index >= 0),
  sealed        bytea   not null,
  primary key (attachment_id, chunk_index)
);
-- Ciphertext does not compress: store it out of line without trying.
alter table attachment_chunk alter column sealed set storage external;

-- A record's attachments go with it: deleting a record deletes them (they hold its identity data).
create function attachment_delete_with_record() returns trigger language plpgsql as $$
begin
  delete from attachment where record_kind = tg_argv[0] and record_id = old.id;
  return old;
end
$$;
create trigger person_attachments       after delete on person       for each row execute function attachment_delete_with_record('person');
create trigger source_attachments       after delete on source       for each row execute function attachment_delete_with_record('source');
create trigger incident_attachments     after delete on incident     for each row execute function attachment_delete_with_record('incident');
create trigger detention_attachments    after delete on detention    for each row execute function attachment_delete_with_record('detention');
create trigger relationship_attachments after delete on relationship for each row execute function attachment_delete_with_record('relationship');
