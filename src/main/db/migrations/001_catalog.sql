-- The catalog: skill categories, skills and their prerequisites, roles and their requirement profiles,
-- courses with the skills they teach and the skills they need.
-- origin: where a row came from (embedded catalog, the user, a NICE import);
-- user_modified: 1 once the user edited an embedded or imported row, so catalog updates leave it alone.

CREATE TABLE skill_categories (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE skills (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  category_id   TEXT NOT NULL REFERENCES skill_categories(id),
  description   TEXT NOT NULL DEFAULT '',
  refs          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(refs)),
  origin        TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('embedded', 'user', 'nice')),
  user_modified INTEGER NOT NULL DEFAULT 0 CHECK (user_modified IN (0, 1)),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX skills_by_category ON skills(category_id, name);

CREATE TABLE skill_prerequisites (
  skill_id          TEXT NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  requires_skill_id TEXT NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  level             INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  PRIMARY KEY (skill_id, requires_skill_id),
  CHECK (skill_id <> requires_skill_id)
);
CREATE INDEX skill_prerequisites_by_required ON skill_prerequisites(requires_skill_id);

CREATE TABLE roles (
  id               TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  summary          TEXT NOT NULL DEFAULT '',
  responsibilities TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(responsibilities)),
  employers        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(employers)),
  refs             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(refs)),
  origin           TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('embedded', 'user', 'nice')),
  user_modified    INTEGER NOT NULL DEFAULT 0 CHECK (user_modified IN (0, 1)),
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE role_requirements (
  role_id    TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  skill_id   TEXT NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 3),
  PRIMARY KEY (role_id, skill_id)
);
CREATE INDEX role_requirements_by_skill ON role_requirements(skill_id);

CREATE TABLE courses (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  provider      TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('course', 'certification', 'lab', 'reading')),
  format        TEXT NOT NULL CHECK (format IN ('self-paced', 'live-online', 'in-person', 'blended')),
  hours         REAL NOT NULL CHECK (hours >= 0),
  hours_note    TEXT NOT NULL DEFAULT '',
  cost          REAL CHECK (cost IS NULL OR cost >= 0),
  currency      TEXT,
  url           TEXT NOT NULL,
  level         TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
  origin        TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('embedded', 'user', 'nice')),
  user_modified INTEGER NOT NULL DEFAULT 0 CHECK (user_modified IN (0, 1)),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX courses_by_title ON courses(title);

CREATE TABLE course_skills (
  course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  skill_id  TEXT NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  level     INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  PRIMARY KEY (course_id, skill_id)
);
CREATE INDEX course_skills_by_skill ON course_skills(skill_id);

CREATE TABLE course_requirements (
  course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  skill_id  TEXT NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  level     INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  PRIMARY KEY (course_id, skill_id)
);
CREATE INDEX course_requirements_by_skill ON course_requirements(skill_id);
