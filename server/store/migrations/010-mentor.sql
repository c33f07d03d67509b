-- Revised resumes uploaded into an existing review. Version 1 is the review row itself.
CREATE TABLE review_versions (
  review_id text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 2),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  source_type text NOT NULL CHECK (source_type IN ('pdf', 'docx', 'text')),
  file_name text,
  media_type text,
  original bytea NOT NULL,
  algorithm_version text NOT NULL,
  report jsonb NOT NULL,
  PRIMARY KEY (review_id, version)
);

-- A named share link for one mentor. Only the SHA-256 of the token is kept, so the table
-- itself grants nothing and lookups need no secret comparison.
CREATE TABLE mentor_links (
  id text PRIMARY KEY,
  review_id text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  expires_at timestamptz,
  revoked_at timestamptz
);

CREATE INDEX mentor_links_review ON mentor_links (review_id);

-- Every decision a mentor took on a finding, kept in order: the latest per mentor and finding counts.
CREATE TABLE mentor_decisions (
  id text PRIMARY KEY,
  review_id text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  link_id text NOT NULL REFERENCES mentor_links (id) ON DELETE CASCADE,
  author_name text NOT NULL,
  version integer NOT NULL,
  finding_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('agree', 'dismiss', 'severity')),
  reason text,
  severity text CHECK (severity IN ('error', 'warning', 'suggestion', 'praise')),
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX mentor_decisions_review ON mentor_decisions (review_id, created_at);

-- Comments anchored on words of one version, and replies (parent_id) in their thread.
CREATE TABLE review_comments (
  id text PRIMARY KEY,
  review_id text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  parent_id text REFERENCES review_comments (id) ON DELETE CASCADE,
  author_role text NOT NULL CHECK (author_role IN ('owner', 'mentor')),
  link_id text REFERENCES mentor_links (id) ON DELETE CASCADE,
  author_name text NOT NULL,
  body text NOT NULL,
  anchor_version integer,
  anchor_start integer,
  anchor_end integer,
  anchor_quote text,
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK ((author_role = 'mentor') = (link_id IS NOT NULL)),
  CHECK ((anchor_version IS NULL) = (anchor_quote IS NULL))
);

CREATE INDEX review_comments_review ON review_comments (review_id, created_at);

-- Overall verdicts; a mentor may write several, the latest counts, sign-off included.
CREATE TABLE mentor_verdicts (
  id text PRIMARY KEY,
  review_id text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  link_id text NOT NULL REFERENCES mentor_links (id) ON DELETE CASCADE,
  author_name text NOT NULL,
  version integer NOT NULL,
  body text NOT NULL,
  signed_off boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX mentor_verdicts_review ON mentor_verdicts (review_id, created_at);
