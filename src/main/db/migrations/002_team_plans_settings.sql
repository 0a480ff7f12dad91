-- Team members and their rating history, learning plans as graphs, and settings.

CREATE TABLE members (
  id              TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  title           TEXT NOT NULL DEFAULT '',
  current_role_id TEXT REFERENCES roles(id),
  target_role_id  TEXT REFERENCES roles(id),
  weekly_hours    REAL NOT NULL DEFAULT 4 CHECK (weekly_hours >= 0),
  start_date      TEXT,
  notes           TEXT NOT NULL DEFAULT '',
  is_demo         INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX members_by_target_role ON members(target_role_id);
CREATE INDEX members_by_current_role ON members(current_role_id);

-- History is kept: every rating is a row; the effective level is derived (see src/shared/planning).
CREATE TABLE ratings (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  member_id  TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  skill_id   TEXT NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
  source     TEXT NOT NULL CHECK (source IN ('self', 'manager', 'assessment', 'course')),
  rated_on   TEXT NOT NULL,
  evidence   TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX ratings_by_member_skill ON ratings(member_id, skill_id, rated_on);

CREATE TABLE plans (
  id             TEXT PRIMARY KEY,
  member_id      TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  name           TEXT NOT NULL DEFAULT 'Main plan',
  is_active      INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  target_role_id TEXT REFERENCES roles(id),
  constraints    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(constraints)),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX plans_one_active_per_member ON plans(member_id) WHERE is_active = 1;

CREATE TABLE plan_nodes (
  id         TEXT PRIMARY KEY,
  plan_id    TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('skill', 'course', 'milestone')),
  skill_id   TEXT REFERENCES skills(id) ON DELETE CASCADE,
  course_id  TEXT REFERENCES courses(id) ON DELETE CASCADE,
  label      TEXT NOT NULL DEFAULT '',
  x          REAL NOT NULL DEFAULT 0,
  y          REAL NOT NULL DEFAULT 0,
  status     TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'skipped')),
  start_date TEXT,
  end_date   TEXT,
  note       TEXT NOT NULL DEFAULT '',
  CHECK ((kind = 'skill') = (skill_id IS NOT NULL)),
  CHECK ((kind = 'course') = (course_id IS NOT NULL))
);
CREATE INDEX plan_nodes_by_plan ON plan_nodes(plan_id);
CREATE INDEX plan_nodes_by_skill ON plan_nodes(skill_id);
CREATE INDEX plan_nodes_by_course ON plan_nodes(course_id);

CREATE TABLE plan_edges (
  id             TEXT PRIMARY KEY,
  plan_id        TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  source_node_id TEXT NOT NULL REFERENCES plan_nodes(id) ON DELETE CASCADE,
  target_node_id TEXT NOT NULL REFERENCES plan_nodes(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL DEFAULT 'order' CHECK (kind IN ('order', 'prerequisite')),
  UNIQUE (plan_id, source_node_id, target_node_id),
  CHECK (source_node_id <> target_node_id)
);

-- One row per setting; value is JSON. Unset keys fall back to the defaults in src/shared/domain/settings.ts.
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
);
