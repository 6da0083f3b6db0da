-- 5: OCR — which engine read a scan, how sure it was, page by page.

ALTER TABLE documents ADD COLUMN ocr_engine TEXT;     -- the OCR engine that read the scan (`tesseract.js 7.0.0`, `tesseract 5.3.0`)
ALTER TABLE documents ADD COLUMN ocr_confidence REAL; -- mean OCR word confidence over the pages with text, 0..1

-- One row per page of a scan read by OCR: how sure the engine was, the resolution it read at and how long it took. Low
-- pages point to the fields worth checking against the scan.
CREATE TABLE ocr_pages (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, -- the `documents` row
  page INTEGER NOT NULL,               -- page number, from 1
  confidence REAL NOT NULL,            -- mean word confidence of the page, 0..1 (0 when it could not be read)
  dpi INTEGER NOT NULL,                -- resolution the page was recognized at (after any upscaling)
  words INTEGER NOT NULL,              -- words kept after seal and signature residue was dropped
  ms INTEGER NOT NULL,                 -- time spent on the page (preparation and recognition)
  status TEXT NOT NULL,                -- `ok`, `empty` (a blank page or a seal alone) or `failed` (with the reason in the document warnings)
  PRIMARY KEY (document_id, page)
);
