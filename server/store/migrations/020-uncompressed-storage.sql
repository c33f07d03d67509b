-- Originals (PDF and DOCX are compressed already) and reports are written once and read whole by the
-- app, which validates each report against its schema when it reads it. Stored as plain text without
-- TOAST compression, an upload's insert costs about half the CPU (measured on PGlite: 9.0 → 3.7 ms for
-- a 2-page PDF and its report) on the embedded database's only thread.
ALTER TABLE reviews
  ALTER COLUMN report TYPE text USING report::text,
  ALTER COLUMN report SET STORAGE EXTERNAL,
  ALTER COLUMN original SET STORAGE EXTERNAL;
ALTER TABLE review_versions
  ALTER COLUMN report TYPE text USING report::text,
  ALTER COLUMN report SET STORAGE EXTERNAL,
  ALTER COLUMN original SET STORAGE EXTERNAL;
