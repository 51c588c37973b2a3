-- A record's history on its case page (issue 4): the audited writes naming it, newest first.
-- GIN over the record ids the entries name; partial, so the far more numerous read entries
-- (read_identity, lookup, export) cost nothing to index.
create index audit_event_writes_by_record on audit_event using gin (record_ids)
  where action in ('create', 'update', 'delete', 'consent_change', 'import');
