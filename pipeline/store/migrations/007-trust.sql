-- 7: trust — each value's confidence, place on the page and review state, and the reviews people make. The views that
-- put a reviewed value over the extracted one (`field_values`, `review_queue`, `review_conflicts`, `documents_flat`) are
-- in ../views.sql.

-- confidence of the document type, 0..1 (`document_fields` has every value's)
ALTER TABLE documents ADD COLUMN doc_type_confidence REAL;
-- confidence of the number, 0..1
ALTER TABLE documents ADD COLUMN number_confidence REAL;
-- confidence of the date, 0..1
ALTER TABLE documents ADD COLUMN date_confidence REAL;
-- confidence of the issuer, 0..1
ALTER TABLE documents ADD COLUMN issuer_confidence REAL;
-- confidence of the title, 0..1
ALTER TABLE documents ADD COLUMN title_confidence REAL;
-- confidence of the signer, 0..1
ALTER TABLE documents ADD COLUMN signer_confidence REAL;
-- how many of the document's values the extraction flagged for review (confidence under the field's threshold)
ALTER TABLE documents ADD COLUMN review_count INTEGER NOT NULL DEFAULT 0;
-- JSON array of the field paths flagged for review (`["number","date"]`), as in `document_fields.field`
ALTER TABLE documents ADD COLUMN review_fields TEXT NOT NULL DEFAULT '[]';

-- Every extracted value of a document, one row per field path: the header and signature fields always (value null when
-- not found), and every list item. Field paths: `docType`, `number`, `place`, `date`, `issuer`, `title`, `signer.name`,
-- `signer.authority`, `archive`, `addressees[I].name`, `recipients[I].name`, `citations[I].number`, `tasks[I].text`,
-- `tasks[I].lead`, `tasks[I].deadline` (I from 0, the position in the record; see pipeline/core/fields.ts).
CREATE TABLE document_fields (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, -- the `documents` row
  field TEXT NOT NULL,                 -- field path (`number`, `tasks[2].deadline`)
  -- the value as people read and type it: the number as printed, the date as `YYYY-MM-DD` when whole, list values
  -- joined by "; "; null when the field was not found
  value TEXT,
  confidence REAL,                     -- confidence of the value, 0..1; null when not found or not scored
  review INTEGER NOT NULL DEFAULT 0,   -- 1 when the value should be checked by a person (confidence under the field's threshold)
  -- why: `handwritten-blank`, `read-unsurely`, `from-signature`, `inferred-from-body`, `symbol-mismatch`,
  -- `date-in-future`, `low-confidence`; null when not flagged
  reason TEXT,
  page INTEGER,                        -- page the value is on, from 1; null when unknown
  -- where on the page, JSON: `boxes`, an array of `{"page","left","top","width","height"}` in points from the page's
  -- top-left (PDF text layer, OCR word boxes); for DOCX and DOC `paragraphs` (0-based) and `cells` (`{"table","row","col"}`);
  -- for plain text `lines` (1-based); null when unknown
  location TEXT,
  span_start INTEGER,                  -- start of the value in `documents.text`
  span_end INTEGER,                    -- end of the value in `documents.text`
  PRIMARY KEY (document_id, field)
);

-- What people checked: one row per confirmation or correction of a field, never changed or deleted by an ingest. A
-- review applies to every stored copy that is the same document: the same file content (`sha256`, so a new pipeline
-- version or the file moved elsewhere keeps it), the same identity (`doc_key`, so the DOCX and the PDF of one document
-- share it), or the identity the corrected value gives (`reviewed_key`, when the review corrected the number or date).
-- The latest review of a field wins.
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,              -- review id; a later review of the same field supersedes an earlier one
  sha256 TEXT NOT NULL,                -- SHA-256 of the file the person reviewed
  doc_key TEXT,                        -- identity key (`documents.doc_key`) of the reviewed document at review time
  reviewed_key TEXT,                   -- identity key the document has with the reviewed value (differs after a corrected number or date)
  document_id INTEGER,                 -- the `documents` row reviewed (informative: rows are renumbered by re-ingest)
  field TEXT NOT NULL,                 -- field path, as in `document_fields.field`
  value_before TEXT,                   -- the extracted value the person saw (null when none was found)
  value_after TEXT,                    -- the value the person confirmed or typed
  action TEXT NOT NULL CHECK (action IN ('confirm', 'correct')), -- `confirm` (the value is right) or `correct`
  reviewer TEXT NOT NULL,              -- who: the `--by` name, else the operating-system user
  reviewed_at TEXT NOT NULL,           -- when (ISO 8601, UTC)
  pipeline_version TEXT                -- vanban pipeline version that extracted `value_before`
);
CREATE INDEX reviews_sha256 ON reviews(sha256, field);
CREATE INDEX reviews_doc_key ON reviews(doc_key, field);
CREATE INDEX reviews_reviewed_key ON reviews(reviewed_key, field);
