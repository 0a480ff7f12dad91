-- Effort model: a certification's exam sitting as its own part, and dated sessions of instructor-led courses.

-- The exam sitting time in hours (null: no exam); `hours` stays the study or preparation time.
ALTER TABLE courses ADD COLUMN exam_hours REAL CHECK (exam_hours IS NULL OR (exam_hours >= 0 AND exam_hours <= 100));

-- A dated session of an instructor-led course: the scheduler books the first one that fits.
CREATE TABLE course_sessions (
  course_id TEXT NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  starts_on TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  ends_on   TEXT NOT NULL CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  format    TEXT NOT NULL CHECK (format IN ('live-online', 'in-person')),
  -- Seats left (0: full); null when the provider does not say.
  seats     INTEGER CHECK (seats IS NULL OR seats >= 0),
  PRIMARY KEY (course_id, position),
  CHECK (ends_on >= starts_on)
);
