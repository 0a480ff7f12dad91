-- Each framework import (NICE) that changed or confirmed the store: when, which version, what it did, and the
-- framework as read (roles, categories, statements), so a newer version can be compared with the imported one.

CREATE TABLE framework_imports (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  framework   TEXT NOT NULL,
  version     TEXT NOT NULL,
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  report      TEXT NOT NULL CHECK (json_valid(report)),
  snapshot    TEXT NOT NULL CHECK (json_valid(snapshot))
);
CREATE INDEX framework_imports_latest ON framework_imports(framework, id);
