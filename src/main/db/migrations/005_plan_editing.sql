-- Learning-path editing: what a node aims at, where it came from, save ordering, last generation,
-- and blackout periods (holidays) per member for scheduling.

-- The level a skill or milestone node aims at (null: the role's requirement, or one step up).
ALTER TABLE plan_nodes ADD COLUMN target_level INTEGER CHECK (target_level IS NULL OR target_level BETWEEN 1 AND 5);
-- The skill a milestone stands for when no course closes that gap (mentoring, on-the-job work); null for free milestones.
ALTER TABLE plan_nodes ADD COLUMN milestone_skill_id TEXT REFERENCES skills(id) ON DELETE SET NULL;
-- 'generated' by "Generate from gaps" or placed by hand ('manual'); a merge keeps manual nodes.
ALTER TABLE plan_nodes ADD COLUMN origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('generated', 'manual'));
CREATE INDEX plan_edges_by_plan ON plan_edges(plan_id);

-- The newest save's client stamp: an older save arriving late (e.g. a flush on closing) is not applied over a newer one.
ALTER TABLE plans ADD COLUMN save_stamp INTEGER NOT NULL DEFAULT 0;
-- When the graph was last generated, and whether it was edited by hand since (regenerating then asks first).
ALTER TABLE plans ADD COLUMN generated_at TEXT;
ALTER TABLE plans ADD COLUMN edited_since_generation INTEGER NOT NULL DEFAULT 0 CHECK (edited_since_generation IN (0, 1));
-- The last generation's report (method, gaps left open and why) as JSON; null before the first generation.
ALTER TABLE plans ADD COLUMN generation_report TEXT CHECK (generation_report IS NULL OR json_valid(generation_report));

CREATE TABLE member_blackouts (
  id        TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  starts_on TEXT NOT NULL,
  ends_on   TEXT NOT NULL,
  label     TEXT NOT NULL DEFAULT '',
  CHECK (ends_on >= starts_on)
);
CREATE INDEX member_blackouts_by_member ON member_blackouts(member_id, starts_on);
