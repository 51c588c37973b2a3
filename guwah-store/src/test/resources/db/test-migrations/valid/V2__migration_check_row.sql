-- Used by DatabaseIT.
INSERT INTO migration_check VALUES (1);
