-- Used by DatabaseIT.
CREATE TABLE migration_check (id integer PRIMARY KEY);
