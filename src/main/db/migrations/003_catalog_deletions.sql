-- Embedded or imported catalog rows the user deleted, so a later catalog update does not bring them back.
-- (Edits are recorded on the rows themselves: user_modified = 1.)

CREATE TABLE catalog_deletions (
  kind       TEXT NOT NULL CHECK (kind IN ('skill', 'role', 'course')),
  id         TEXT NOT NULL,
  origin     TEXT NOT NULL CHECK (origin IN ('embedded', 'nice')),
  name       TEXT NOT NULL,
  deleted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (kind, id)
);
