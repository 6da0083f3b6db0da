-- 1: the core schema.
-- The comments are the column documentation: docs/schema.md is generated from them (npm run docs:schema).

-- Every file vanban has seen, with its outcome. Failed files stay here with their reason, so a batch can be audited.
CREATE TABLE files (
  id INTEGER PRIMARY KEY,              -- row id
  path TEXT NOT NULL UNIQUE,           -- path of the file as given to `ingest` (absolute)
  sha256 TEXT,                         -- SHA-256 of the file content; with `pipeline_version`, decides whether a rerun skips the file
  size INTEGER,                        -- size in bytes
  mtime REAL,                          -- modification time, milliseconds since 1970
  status TEXT NOT NULL,                -- `stored`, `needs-ocr` (a scan without readable text; stored with empty fields) or `failed`
  error TEXT,                          -- for failed files: one sentence naming the reason and what to do
  -- for failed files: a stable code: `empty`, `corrupt`, `encrypted`, `encoding`, `zip-bomb`, `too-large`, `too-complex`,
  -- `timeout`, `unsupported`, `not-vietnamese`, `unreadable-scan`, `missing` or `internal` (a vanban bug)
  error_code TEXT,
  pipeline_version TEXT,               -- vanban pipeline version that last processed the file
  updated_at TEXT NOT NULL             -- when the row was last written (ISO 8601, UTC)
);

-- One row per stored file that holds a document: the header and signature fields, the normalized text and the full
-- record as JSON. A DOCX and a PDF of the same document are two rows with the same `doc_key`.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,              -- document id (used by `vanban show ID`)
  file_id INTEGER NOT NULL UNIQUE REFERENCES files(id) ON DELETE CASCADE, -- the `files` row it came from
  sha256 TEXT NOT NULL,                -- SHA-256 of the source file
  format TEXT NOT NULL,                -- `txt`, `docx`, `doc`, `pdf` or `image`
  pages INTEGER,                       -- number of pages (PDF), else 1
  ocr INTEGER NOT NULL DEFAULT 0,      -- 1 when the text came from OCR
  status TEXT NOT NULL,                -- `ok`, or `needs-ocr` for a scan whose text could not be read yet
  doc_type TEXT,                       -- type code as in the symbol: `KH`, `CT`, `QĐ`, `NQ`, `TB`, `CV` (công văn) …
  doc_type_name TEXT,                  -- type name: Kế hoạch, Chỉ thị, Quyết định …
  -- the number as printed after "Số", canonical (no inner spaces): `234/KH-MTTQ-BTT`, `/KH-STTTT` when the number was
  -- left blank
  number_raw TEXT,
  number_seq TEXT,                     -- the running number (`234`); null for an unnumbered copy
  number_symbol TEXT,                  -- the symbol (`KH-MTTQ-BTT`, `2025/NĐ-CP`, `HD/VPTW`)
  number_system TEXT,                  -- `state`, `party` or `front`, from the shape of the number
  place TEXT,                          -- place in the "place, ngày … tháng … năm …" line
  date_raw TEXT,                       -- the date as printed
  date_year INTEGER,                   -- year of the printed date
  date_month INTEGER,                  -- month of the printed date; null when left blank
  date_day INTEGER,                    -- day of the printed date; null when left blank (often handwritten on paper)
  date_iso TEXT,                       -- `YYYY-MM-DD` when day, month and year are all known
  -- the issuing body in full: parent + body + place, e.g. "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng"
  issuer_name TEXT,
  issuer_lines TEXT,                   -- JSON array: the issuer lines as printed in the header
  title TEXT,                          -- trích yếu (or the V/v line of a công văn), lines joined
  addressees TEXT,                     -- JSON array of the "Kính gửi" addressees
  signer_name TEXT,                    -- name of the person who signed; null for "(Đã ký)" copies without a name
  signer_authority TEXT,               -- `TM`, `KT`, `TL`, `TUQ`, `Q` or null
  signer_lines TEXT,                   -- JSON array: the position lines of the signature block as printed
  archive TEXT,                        -- the "Lưu: VT, …" line
  warnings TEXT,                       -- JSON array of warnings raised while reading and extracting
  record_json TEXT NOT NULL,           -- the whole `vanban/1` record (as `vanban extract --json` prints it) without the text
  text TEXT NOT NULL,                  -- the normalized full text; every span points into it
  pipeline_version TEXT NOT NULL,      -- vanban pipeline version that produced the row
  created_at TEXT NOT NULL,            -- when this document was first stored (ISO 8601, UTC)
  updated_at TEXT NOT NULL             -- when the row was last written (ISO 8601, UTC)
);
CREATE INDEX documents_number ON documents(number_symbol, number_seq);
CREATE INDEX documents_issuer ON documents(issuer_name);

-- Documents cited by a stored document, one row per cited document (all its mentions counted), typed by relation.
-- Offsets are character offsets into `documents.text` (the normalized text).
CREATE TABLE citations (
  id INTEGER PRIMARY KEY,              -- row id
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, -- the citing document
  type TEXT,                           -- type of the cited document as written (Chỉ thị, Nghị định, Luật …)
  -- canonical number of the cited document (`03-CT/TW`, `28/CT-TTg`, `30/2020/NĐ-CP`); null for a law cited by name only
  number TEXT,
  name TEXT,                           -- name of a law cited by name ("Luật Tổ chức chính quyền địa phương")
  date TEXT,                           -- date of the cited document, `YYYY-MM-DD` (or `YYYY`) as written
  issuer TEXT,                         -- issuer of the cited document, as written after "của"
  -- `pursuant` (căn cứ), `implements` (thực hiện, triển khai), `refers`, `amends`, `replaces`, `repeals`
  relation TEXT,
  mentions INTEGER,                    -- how many times the document is mentioned
  first_start INTEGER,                 -- start of the first mention
  first_end INTEGER                    -- end of the first mention
);
CREATE INDEX citations_number ON citations(number);

-- "Nơi nhận" items, one per printed item. Offsets are character offsets into `documents.text` (the normalized text).
CREATE TABLE recipients (
  id INTEGER PRIMARY KEY,              -- row id
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, -- the document
  position INTEGER,                    -- 1-based order in the list
  name TEXT NOT NULL,                  -- recipient as printed (without the purpose)
  purpose TEXT,                        -- the purpose split off the item: "(để b/c)", "(để thực hiện)", or a brace group's purpose
  span_start INTEGER,                  -- start of the item
  span_end INTEGER                     -- end of the item
);

-- Assignments: the items of the implementation part (TỔ CHỨC THỰC HIỆN, PHÂN CÔNG NHIỆM VỤ …), else of the articles that
-- assign work, the NHIỆM VỤ VÀ GIẢI PHÁP part, or a directive's numbered items. Offsets are character offsets into
-- `documents.text` (the normalized text).
CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,              -- row id
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, -- the document
  section TEXT,                        -- section id in the document ("IV.2", "II.2.3")
  text TEXT,                           -- text of the assignment
  lead TEXT,                           -- JSON array of lead agencies (chủ trì, the item's leading agency)
  partners TEXT,                       -- JSON array of partner agencies (phối hợp với …)
  -- deadline: `YYYY-MM-DD` when a full date is given ("trước ngày 05/12/2023"), else as written ("trong quý III/2024")
  deadline TEXT,
  frequency TEXT,                      -- frequency as written ("định kỳ 06 tháng", "hằng năm")
  span_start INTEGER,                  -- start of the assignment
  span_end INTEGER                     -- end of the assignment
);

-- Every change the normalizer made to the text (OCR and typing repairs, spacing in numbers), so nothing is rewritten
-- silently. Offsets are character offsets into `documents.text` (the normalized text).
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,              -- row id
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, -- the document
  span_start INTEGER,                  -- start of the corrected text
  span_end INTEGER,                    -- end of the corrected text
  from_text TEXT,                      -- what the source said
  to_text TEXT,                        -- what the text says now
  reason TEXT                          -- kind of repair: `number-spacing` ("03- CT/TW"), `ocr` ("sổ" → "số", D/Đ in abbreviations), …
);

-- One row per `ingest` or `watch` run, with its counts and duration. A `watch` run updates its counts as files arrive.
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,              -- run id
  started_at TEXT NOT NULL,            -- start (ISO 8601, UTC)
  finished_at TEXT,                    -- end; null while running or when the run was killed
  command TEXT,                        -- the command line
  pipeline_version TEXT NOT NULL,      -- vanban pipeline version
  files_seen INTEGER DEFAULT 0,        -- files found
  files_stored INTEGER DEFAULT 0,      -- files stored (including scans stored as needs-ocr)
  files_skipped INTEGER DEFAULT 0,     -- files skipped as unchanged
  files_failed INTEGER DEFAULT 0,      -- files that failed (see `files.error`)
  duration_ms INTEGER                  -- wall time in milliseconds
);

-- FTS5 full-text index, one row per document (`rowid` = `documents.id`): `MATCH` it, rank with `bm25(documents_fts)`.
-- `folded` holds the lower-cased text with diacritics removed and đ→d, so unaccented queries find accented words.
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title,                               -- the title
  issuer,                              -- the issuer name
  text,                                -- the normalized text
  folded,                              -- title, issuer and text folded to unaccented lower case (đ→d)
  -- hidden documents_fts: the table itself, used in `MATCH`
  -- hidden rank: bm25 rank of a match
  tokenize = 'unicode61 remove_diacritics 2'
);
