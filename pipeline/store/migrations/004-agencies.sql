-- 4: agencies — one row per real body, the names that were matched to it, and every mention.

-- One row per real body (issuer, addressee, recipient, task lead or partner), named canonically: abbreviations expanded
-- ("UBND" → "Ủy ban nhân dân"), tones placed one way ("Ủy", "hóa"), officials replaced by their body ("Giám đốc Sở Tài
-- chính" → Sở Tài chính), and scoped by the province the document implies ("UBND tỉnh" in a Thái Nguyên document is
-- "Ủy ban nhân dân tỉnh Thái Nguyên").
CREATE TABLE agencies (
  id INTEGER PRIMARY KEY,              -- agency id
  key TEXT NOT NULL UNIQUE,            -- comparison key of the name (folded, lower case, no punctuation): unique
  name TEXT NOT NULL,                  -- canonical name
  -- `people-committee`, `people-council`, `front`, `party-committee`, `party-board`, `party-group`, `steering-committee`,
  -- `department`, `ministry`, `government`, `office`, `media`, `association`, `security`, `unit` or `generic` ("các cơ
  -- quan, đơn vị")
  kind TEXT NOT NULL,
  province TEXT,                       -- province of the body; null for central bodies and where no province is known
  -- 1 when the name stands for many bodies ("UBND các huyện, thành phố", "các sở, ban, ngành")
  collective INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agencies_kind_province ON agencies(kind, province);

-- Names first seen after their agency and taken for it by similarity (an OCR or typing variant of a stored name of the
-- same kind and province, Dice ≥ 0.75 on the folded name without the province, and the same words with at most a slip
-- each). Kept so that a spelling always resolves the same way.
CREATE TABLE agency_variants (
  key TEXT PRIMARY KEY,                -- comparison key of the variant name
  agency_id INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE, -- the agency it was taken for
  name TEXT NOT NULL,                  -- the variant, canonicalized as far as the extractor could
  similarity REAL NOT NULL             -- its similarity to the agency's name (0..1)
);

-- Every place a document names an agency, and in what role. Offsets are character offsets into `documents.text` (the
-- normalized text).
CREATE TABLE agency_mentions (
  id INTEGER PRIMARY KEY,              -- row id
  agency_id INTEGER NOT NULL REFERENCES agencies(id), -- the agency
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, -- the document
  role TEXT NOT NULL,                  -- `issuer`, `addressee`, `recipient`, `lead` or `partner`
  task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE, -- the `tasks` row, for leads and partners
  recipient_id INTEGER REFERENCES recipients(id) ON DELETE CASCADE, -- the `recipients` row, for recipients
  printed TEXT NOT NULL,               -- the name as printed
  official TEXT,                       -- the official the text named instead of the body ("Giám đốc", "Chánh Văn phòng"), if any
  -- `exact` (same body after canonicalization), `fuzzy` (specialty corrected towards a standard department, ministry or
  -- board name) or `similar` (taken for a stored agency by similarity)
  match TEXT NOT NULL,
  span_start INTEGER,                  -- start of the name in the text (of its item, where the exact words were not found)
  span_end INTEGER                     -- end of the name
);
CREATE INDEX agency_mentions_agency ON agency_mentions(agency_id, role);
CREATE INDEX agency_mentions_document ON agency_mentions(document_id);
-- where the task was found: `implementation`, `articles`, `measures` or `items` (a directive's numbered items)
ALTER TABLE tasks ADD COLUMN source TEXT;
-- 0..1: how sure the lead is (a numbered item opening with an agency scores higher than a bullet)
ALTER TABLE tasks ADD COLUMN confidence REAL;
