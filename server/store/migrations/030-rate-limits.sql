-- Rate-limit buckets shared by every server on one PostgreSQL (server/security/rate-limit.ts):
-- one row per action and client, updated in one atomic statement per request.
CREATE TABLE IF NOT EXISTS rate_limits (
  bucket text PRIMARY KEY,
  tokens double precision NOT NULL,
  allowed boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS rate_limits_updated_at ON rate_limits (updated_at);
