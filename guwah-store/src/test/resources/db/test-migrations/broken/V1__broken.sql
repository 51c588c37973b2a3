-- Used by DatabaseIT: the second statement fails, so the migration must fail as a whole.
CREATE TABLE migration_check (id integer PRIMARY KEY);
INSERT INTO migration_check VALUES ('not a number');
