-- Whole-record edits carry the version of the record they were made from: saving a form over a change made
-- elsewhere since (another window, an import, a restore) is refused as "changed elsewhere" instead of
-- silently undoing that change.
ALTER TABLE members ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE roles ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE skills ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE courses ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- Every change of a row moves its version on, whichever code made it (forms, CSV and NICE imports).
CREATE TRIGGER members_version_bump AFTER UPDATE ON members FOR EACH ROW WHEN NEW.version = OLD.version
BEGIN UPDATE members SET version = OLD.version + 1 WHERE id = OLD.id; END;
CREATE TRIGGER roles_version_bump AFTER UPDATE ON roles FOR EACH ROW WHEN NEW.version = OLD.version
BEGIN UPDATE roles SET version = OLD.version + 1 WHERE id = OLD.id; END;
CREATE TRIGGER skills_version_bump AFTER UPDATE ON skills FOR EACH ROW WHEN NEW.version = OLD.version
BEGIN UPDATE skills SET version = OLD.version + 1 WHERE id = OLD.id; END;
CREATE TRIGGER courses_version_bump AFTER UPDATE ON courses FOR EACH ROW WHEN NEW.version = OLD.version
BEGIN UPDATE courses SET version = OLD.version + 1 WHERE id = OLD.id; END;
