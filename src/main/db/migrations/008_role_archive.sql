-- A role can be archived: kept with its requirements, plans and history, but left out of the role lists,
-- pickers and comparisons until the user asks to see archived roles (e.g. imported framework roles nobody
-- targets). Archiving is not an edit of the role's content: a re-import still updates an archived role.
ALTER TABLE roles ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
