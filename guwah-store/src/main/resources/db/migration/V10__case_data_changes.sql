-- Servers keep short-lived pages of case lists in memory (RecordStore, ADR 0008 still decides every
-- row in SQL). Every statement that changes what a list can show — the case tables and the partner
-- shares the readings consult — notifies channel guwah_case_data when its transaction commits, so
-- that every listening server (also when `guwah import` or another server wrote) drops its pages.
-- The notice carries no payload: no id, no value. Notices of one transaction are merged by
-- PostgreSQL. A backup restore (session_replication_role = replica, into an empty database) fires
-- no trigger; pages expire on their own within seconds (RecordStore.PAGE_LIFETIME).

create function case_data_changed() returns trigger
  language plpgsql as $$
begin
  perform pg_notify('guwah_case_data', '');
  return null;
end
$$;

create trigger person_data_changed after insert or update or delete or truncate on person
  for each statement execute function case_data_changed();
create trigger source_data_changed after insert or update or delete or truncate on source
  for each statement execute function case_data_changed();
create trigger incident_data_changed after insert or update or delete or truncate on incident
  for each statement execute function case_data_changed();
create trigger detention_data_changed after insert or update or delete or truncate on detention
  for each statement execute function case_data_changed();
create trigger relationship_data_changed after insert or update or delete or truncate on relationship
  for each statement execute function case_data_changed();
create trigger record_share_data_changed after insert or update or delete or truncate on record_share
  for each statement execute function case_data_changed();

