-- One row per review: the original upload (so the report can be rebuilt) and the report as shown.
CREATE TABLE reviews (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  source_type text NOT NULL CHECK (source_type IN ('pdf', 'docx', 'text')),
  file_name text,
  media_type text,
  original bytea NOT NULL,
  target_role text,
  algorithm_version text NOT NULL,
  report jsonb NOT NULL
);

CREATE INDEX reviews_created_at ON reviews (created_at);
