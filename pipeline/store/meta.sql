-- vanban's own bookkeeping, created on every open (it is not one of the numbered migrations).

-- Bookkeeping for vanban itself (the version of the view definitions).
CREATE TABLE IF NOT EXISTS vanban_meta (
  key TEXT PRIMARY KEY,                -- setting
  value TEXT                           -- its value
);
