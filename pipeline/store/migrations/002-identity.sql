-- 2: document identity (pipeline/link/keys.ts) and citation resolution; the views are in ../views.sql.

-- province or centrally-run city of the issuer; null for central bodies (Chính phủ, Ban Bí thư, ministries)
ALTER TABLE documents ADD COLUMN province TEXT;
-- year of issue: the date's year, else the year printed in the symbol
ALTER TABLE documents ADD COLUMN year INTEGER;
-- identity of the document: `NUMBER|YEAR|PROVINCE` (province empty for central bodies), see `pipeline/link/keys.ts`;
-- copies of one document share it, citations point at it
ALTER TABLE documents ADD COLUMN doc_key TEXT;
-- date of issue as precisely as printed: `YYYY-MM-DD`, `YYYY-MM` (day left blank) or `YYYY`
ALTER TABLE documents ADD COLUMN issued TEXT;
CREATE INDEX documents_doc_key ON documents(doc_key, id);
CREATE INDEX documents_province_year ON documents(province, year);
-- identity key of the cited document, comparable with `documents.doc_key`; a local symbol without a province takes the
-- citing document's province
ALTER TABLE citations ADD COLUMN cited_key TEXT;
CREATE INDEX citations_cited_key ON citations(cited_key);
CREATE INDEX citations_document ON citations(document_id);
CREATE INDEX recipients_document ON recipients(document_id);
CREATE INDEX tasks_document ON tasks(document_id);
CREATE INDEX corrections_document ON corrections(document_id);
