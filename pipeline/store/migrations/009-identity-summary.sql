-- 9: the copy that stands for each document identity, kept in a table by triggers (the `document_identities` view
-- read it from here). The view grouped every document and ran a sorted lookup per identity each time it was read, and
-- every search, the citation graph, the agency list and the review queue read it: 0.2–0.5 s of each page on 10,000
-- documents. Each write now refreshes only the identities it touches.

-- one row per identity key (`documents.doc_key`, documents without one are not here): the copy that stands for it and
-- how many stored files hold it; the choice is the view's (a readable copy before a scan, then DOCX, DOC, text PDF,
-- plain text, then the path)
CREATE TABLE identity_primary (
  doc_key TEXT PRIMARY KEY,            -- identity key
  document_id INTEGER NOT NULL,        -- the copy that stands for the document (`documents.id`)
  copies INTEGER NOT NULL              -- how many stored files hold it
) WITHOUT ROWID;
CREATE UNIQUE INDEX identity_primary_document ON identity_primary(document_id);

INSERT INTO identity_primary (doc_key, document_id, copies)
  SELECT k.doc_key,
    (SELECT x.id FROM documents x JOIN files f ON f.id = x.file_id WHERE x.doc_key = k.doc_key
     ORDER BY x.status = 'ok' DESC, x.ocr, CASE x.format WHEN 'docx' THEN 1 WHEN 'doc' THEN 2 WHEN 'pdf' THEN 3 WHEN 'txt' THEN 4 ELSE 5 END, f.path
     LIMIT 1),
    count(*)
  FROM documents k WHERE k.doc_key IS NOT NULL GROUP BY k.doc_key;

-- The refresh of one key, written out in each trigger (SQLite has no procedures): the key's row is dropped and chosen
-- again from its copies (none left: no row).
CREATE TRIGGER identity_primary_insert AFTER INSERT ON documents WHEN NEW.doc_key IS NOT NULL BEGIN
  DELETE FROM identity_primary WHERE doc_key = NEW.doc_key;
  INSERT INTO identity_primary (doc_key, document_id, copies)
    SELECT NEW.doc_key,
      (SELECT x.id FROM documents x JOIN files f ON f.id = x.file_id WHERE x.doc_key = NEW.doc_key
       ORDER BY x.status = 'ok' DESC, x.ocr, CASE x.format WHEN 'docx' THEN 1 WHEN 'doc' THEN 2 WHEN 'pdf' THEN 3 WHEN 'txt' THEN 4 ELSE 5 END, f.path
       LIMIT 1),
      count(*)
    FROM documents WHERE doc_key = NEW.doc_key HAVING count(*) > 0;
END;

CREATE TRIGGER identity_primary_delete AFTER DELETE ON documents WHEN OLD.doc_key IS NOT NULL BEGIN
  DELETE FROM identity_primary WHERE doc_key = OLD.doc_key;
  INSERT INTO identity_primary (doc_key, document_id, copies)
    SELECT OLD.doc_key,
      (SELECT x.id FROM documents x JOIN files f ON f.id = x.file_id WHERE x.doc_key = OLD.doc_key
       ORDER BY x.status = 'ok' DESC, x.ocr, CASE x.format WHEN 'docx' THEN 1 WHEN 'doc' THEN 2 WHEN 'pdf' THEN 3 WHEN 'txt' THEN 4 ELSE 5 END, f.path
       LIMIT 1),
      count(*)
    FROM documents WHERE doc_key = OLD.doc_key HAVING count(*) > 0;
END;

CREATE TRIGGER identity_primary_update AFTER UPDATE OF doc_key, status, ocr, format, file_id ON documents BEGIN
  DELETE FROM identity_primary WHERE doc_key IN (OLD.doc_key, NEW.doc_key);
  INSERT INTO identity_primary (doc_key, document_id, copies)
    SELECT k.doc_key,
      (SELECT x.id FROM documents x JOIN files f ON f.id = x.file_id WHERE x.doc_key = k.doc_key
       ORDER BY x.status = 'ok' DESC, x.ocr, CASE x.format WHEN 'docx' THEN 1 WHEN 'doc' THEN 2 WHEN 'pdf' THEN 3 WHEN 'txt' THEN 4 ELSE 5 END, f.path
       LIMIT 1),
      count(*)
    FROM documents k WHERE k.doc_key IN (OLD.doc_key, NEW.doc_key) GROUP BY k.doc_key;
END;

-- a file's path orders the copies last
CREATE TRIGGER identity_primary_file_path AFTER UPDATE OF path ON files BEGIN
  DELETE FROM identity_primary WHERE doc_key IN (SELECT doc_key FROM documents WHERE file_id = NEW.id);
  INSERT INTO identity_primary (doc_key, document_id, copies)
    SELECT k.doc_key,
      (SELECT x.id FROM documents x JOIN files f ON f.id = x.file_id WHERE x.doc_key = k.doc_key
       ORDER BY x.status = 'ok' DESC, x.ocr, CASE x.format WHEN 'docx' THEN 1 WHEN 'doc' THEN 2 WHEN 'pdf' THEN 3 WHEN 'txt' THEN 4 ELSE 5 END, f.path
       LIMIT 1),
      count(*)
    FROM documents k WHERE k.doc_key IN (SELECT doc_key FROM documents WHERE file_id = NEW.id) GROUP BY k.doc_key;
END;

-- the citations of each cited document with their citing document and the date the ranking of `most_cited` reads: the
-- ranking reads this index only
CREATE INDEX citations_cited_key_document ON citations(cited_key, document_id, date);
-- the columns the citation graph and the review queue read of each document, keyed by id: they read this index, not the
-- row (whose later columns stand after the text, on overflow pages)
CREATE INDEX documents_edges ON documents(id, doc_key, doc_type, number_raw, issuer_name, province, province_folded, issued, year, sha256);
-- each agency's mentions with their document: the agency list counts from this index, not from the rows
CREATE INDEX agency_mentions_agency_document ON agency_mentions(agency_id, role, document_id);
