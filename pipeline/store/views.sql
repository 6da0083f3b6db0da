-- The research views (docs/schema.md). Views hold no data, so they are not migrated: when this file changes, every view
-- is dropped and created again on the next open. A view column without a comment means what the table column it passes
-- through means.

-- One row per document identity (`doc_key`) with the copy that stands for it: a readable copy before a scan, then DOCX,
-- DOC, text PDF, plain text, then the path — never the order in which files were processed. The choice is kept in
-- `identity_primary` by triggers (migration 9); documents without a key make one row with no copy standing for them.
CREATE VIEW document_identities AS
  SELECT p.doc_key,                    -- identity key (`documents.doc_key`)
    p.document_id,                     -- the copy that stands for the document
    p.copies                           -- how many stored files hold it
  FROM identity_primary p
  UNION ALL
  SELECT NULL, NULL, count(*) FROM documents WHERE doc_key IS NULL HAVING count(*) > 0;

-- One copy per document identity (`doc_key`), chosen in `document_identities`. The research views count from here, so
-- copies never count twice.
CREATE VIEW primary_documents AS
  SELECT d.* FROM documents d JOIN identity_primary i ON i.document_id = d.id;

-- The review that stands for each reviewed field of each stored document: the latest review of that field made on the
-- same file content (`sha256`), the same document identity (`doc_key`) or the identity a correction gave
-- (`reviewed_key`). Re-ingesting, a new pipeline version or another format of the document never loses it.
CREATE VIEW field_reviews AS
  SELECT d.id AS document_id,          -- the stored document it applies to
    r.field,                           -- field path (`document_fields.field`)
    r.id AS review_id,                 -- the `reviews` row
    r.value_before,                    -- the extracted value the person saw
    r.value_after,                     -- the value the person confirmed or typed
    r.action, r.reviewer, r.reviewed_at
  FROM documents d JOIN reviews r ON r.sha256 = d.sha256 OR r.doc_key = d.doc_key OR r.reviewed_key = d.doc_key
  WHERE NOT EXISTS (SELECT 1 FROM reviews x WHERE x.field = r.field AND x.id > r.id
    AND (x.sha256 = d.sha256 OR x.doc_key = d.doc_key OR x.reviewed_key = d.doc_key));

-- Every value of every stored document with the reviewed value over the extracted one, and which it is.
CREATE VIEW field_values AS
  SELECT f.document_id, f.field,
    CASE WHEN r.review_id IS NULL THEN f.value ELSE r.value_after END AS value, -- the reviewed value, else the extracted one
    CASE WHEN r.review_id IS NULL THEN 'extracted' ELSE 'reviewed' END AS source, -- `reviewed` or `extracted`
    f.value AS extracted_value,        -- what this extraction found (null: nothing)
    f.confidence,                      -- the extraction's confidence, 0..1
    f.review AND r.review_id IS NULL AS needs_review, -- 1 when flagged for review and not reviewed yet
    f.reason,                          -- why it was flagged (`document_fields.reason`)
    f.page,                            -- page the value is on
    f.location,                        -- where on the page, JSON (`document_fields.location`)
    r.review_id, r.action, r.reviewer, r.reviewed_at
  FROM document_fields f LEFT JOIN field_reviews r ON r.document_id = f.document_id AND r.field = f.field
  UNION ALL
  -- reviewed list items this extraction does not have
  SELECT r.document_id, r.field, r.value_after, 'reviewed', NULL, NULL, 0, NULL, NULL, NULL, r.review_id, r.action, r.reviewer, r.reviewed_at
  FROM field_reviews r WHERE NOT EXISTS (SELECT 1 FROM document_fields f WHERE f.document_id = r.document_id AND f.field = r.field);

-- Every stored document in one flat row, with counts of what was extracted and its copies: the table to open in a
-- spreadsheet. Number, date, issuer, title and signer are the reviewed values where a person reviewed them, and the
-- `*_source` columns say which.
CREATE VIEW documents_flat AS
  SELECT d.id,
    f.path,                            -- path of the source file
    d.format, d.status, d.ocr, d.pages,
    coalesce(rt.value_after, d.doc_type) AS doc_type, -- type code (reviewed, else extracted)
    d.doc_type_name,
    CASE WHEN rn.review_id IS NULL THEN d.number_raw ELSE rn.value_after END AS number, -- number as printed, or as reviewed
    CASE WHEN rn.review_id IS NULL THEN 'extracted' ELSE 'reviewed' END AS number_source, -- `reviewed` or `extracted`
    d.number_confidence,
    d.number_seq, d.number_symbol, d.number_system,
    -- date of issue, ISO 8601 as precisely as printed: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; the reviewed date when reviewed
    CASE WHEN rd.review_id IS NULL THEN d.issued ELSE rd.value_after END AS issued,
    CASE WHEN rd.review_id IS NULL THEN 'extracted' ELSE 'reviewed' END AS issued_source, -- `reviewed` or `extracted`
    d.date_confidence,
    d.date_raw, d.year, d.place, d.province, d.province_folded,
    CASE WHEN ri.review_id IS NULL THEN d.issuer_name ELSE ri.value_after END AS issuer, -- issuer in full (reviewed, else extracted)
    CASE WHEN ri.review_id IS NULL THEN 'extracted' ELSE 'reviewed' END AS issuer_source, -- `reviewed` or `extracted`
    d.issuer_confidence,
    d.issuer_folded,
    CASE WHEN rl.review_id IS NULL THEN d.title ELSE rl.value_after END AS title, -- title (reviewed, else extracted)
    CASE WHEN rl.review_id IS NULL THEN 'extracted' ELSE 'reviewed' END AS title_source, -- `reviewed` or `extracted`
    d.title_confidence,
    CASE WHEN rs.review_id IS NULL THEN d.signer_name ELSE rs.value_after END AS signer, -- signer's name (reviewed, else extracted)
    CASE WHEN rs.review_id IS NULL THEN 'extracted' ELSE 'reviewed' END AS signer_source, -- `reviewed` or `extracted`
    d.signer_confidence,
    d.signer_folded,
    d.signer_authority,
    (SELECT count(*) FROM citations c WHERE c.document_id = d.id) AS citations,   -- number of cited documents
    (SELECT count(*) FROM recipients r WHERE r.document_id = d.id) AS recipients, -- number of Nơi nhận items
    (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) AS tasks,           -- number of tasks
    -- values still waiting for a person: flagged by the extraction and not reviewed (`review_queue`)
    (SELECT count(*) FROM field_values v WHERE v.document_id = d.id AND v.needs_review) AS needs_review,
    (SELECT count(*) FROM field_reviews v WHERE v.document_id = d.id) AS reviewed, -- values a person reviewed
    d.doc_key,
    i.copies,                          -- how many stored files hold this same document (same `doc_key`)
    d.id = i.document_id AS is_primary -- 1 for the copy that stands for the document in the research views
  FROM documents d JOIN files f ON f.id = d.file_id JOIN identity_primary i ON i.doc_key = d.doc_key
    LEFT JOIN field_reviews rt ON rt.document_id = d.id AND rt.field = 'docType'
    LEFT JOIN field_reviews rn ON rn.document_id = d.id AND rn.field = 'number'
    LEFT JOIN field_reviews rd ON rd.document_id = d.id AND rd.field = 'date'
    LEFT JOIN field_reviews ri ON ri.document_id = d.id AND ri.field = 'issuer'
    LEFT JOIN field_reviews rl ON rl.document_id = d.id AND rl.field = 'title'
    LEFT JOIN field_reviews rs ON rs.document_id = d.id AND rs.field = 'signer.name';

-- Every value waiting for a person: flagged by the extraction (confidence under the field's threshold) and not reviewed
-- yet, with why and where on the page. Confirm or correct one with `vanban review DOC-ID FIELD VALUE`.
CREATE VIEW review_queue AS
  SELECT v.document_id,                -- the `documents` row (`vanban show ID`)
    fl.path,                           -- path of the source file
    fl.number,                         -- the document's number (reviewed over extracted)
    v.field,                           -- field path
    v.value,                           -- the extracted value
    v.confidence,                      -- its confidence, 0..1
    v.reason,                          -- why it is flagged (`handwritten-blank`, `read-unsurely`, …)
    v.page,                            -- page it is on
    v.location                         -- where on the page, JSON (see `document_fields.location`)
  FROM field_values v JOIN documents_flat fl ON fl.id = v.document_id
  WHERE v.needs_review
  ORDER BY v.document_id, v.field;

-- Reviewed values that the current extraction disagrees with. The review stands (the views show its value); this lists
-- where a person may want to look again. `changed` is 1 when the extraction differs from what the reviewer saw too (a
-- new pipeline version or another copy read it differently).
CREATE VIEW review_conflicts AS
  SELECT r.document_id, f.path, r.field,
    r.value_after AS reviewed_value,   -- the value the review gave (it stands)
    v.extracted_value,                 -- what the current extraction found
    r.value_before,                    -- what the reviewer saw
    v.extracted_value IS NOT r.value_before AS changed, -- 1 when the extraction is not the one the reviewer saw
    r.reviewer, r.reviewed_at, r.review_id
  FROM field_reviews r JOIN field_values v ON v.document_id = r.document_id AND v.field = r.field
    JOIN documents d ON d.id = r.document_id JOIN files f ON f.id = d.file_id
  WHERE v.extracted_value IS NOT r.value_after;

-- The citation graph: one edge per (citing document, cited document), from primary copies. `cited_id` is the stored
-- document the citation resolves to, or null when it is not in the database; `cited_key` names it either way.
CREATE VIEW citation_edges AS
  SELECT c.id AS citation_id,          -- the `citations` row
    d.id AS citing_id,                 -- the citing document (`documents.id`)
    d.doc_key AS citing_key,           -- its identity key
    d.doc_type AS citing_type,         -- its type code
    d.number_raw AS citing_number,     -- its number
    d.issuer_name AS citing_issuer,    -- its issuer
    d.province AS citing_province,     -- its province (null for central bodies)
    d.province_folded AS citing_province_folded, -- its province folded (`documents.province_folded`)
    d.issued AS citing_date,           -- its date of issue, as precisely as printed (`documents.issued`)
    d.year AS citing_year,             -- its year of issue
    c.relation,                        -- `pursuant`, `implements`, `refers`, `amends`, `replaces`, `repeals`
    ci.document_id AS cited_id,        -- the cited document if stored (the copy chosen in `document_identities`), else null
    c.cited_key,                       -- identity key of the cited document (resolved or external)
    c.type AS cited_type,              -- type of the cited document as written
    c.number AS cited_number,          -- canonical number of the cited document
    c.name AS cited_name,              -- name of a law cited by name
    c.date AS cited_date,              -- date of the cited document
    c.issuer AS cited_issuer,          -- issuer of the cited document as written
    c.mentions                         -- how many times the citing document mentions it
  -- Joined, not looked up per citation: a lookup ran the whole `document_identities` grouping again for every row.
  -- The covering index `documents_edges` holds every column read here: no row's text is walked.
  FROM citations c JOIN identity_primary p ON p.document_id = c.document_id
    JOIN documents d INDEXED BY documents_edges ON d.id = c.document_id
    LEFT JOIN identity_primary ci ON ci.doc_key = c.cited_key;

-- Cited documents ranked by how many distinct documents cite them.
CREATE VIEW most_cited AS
  SELECT cited_key,                    -- identity key of the cited document
    max(cited_id) AS cited_id,         -- the cited document if stored, else null
    max(cited_type) AS type,           -- its type as written
    max(cited_number) AS number,       -- its canonical number
    max(cited_name) AS name,           -- its name (laws cited by name)
    max(cited_date) AS date,           -- its date
    max(cited_issuer) AS issuer,       -- its issuer as written (one of the spellings seen)
    count(DISTINCT citing_key) AS citing_documents,      -- distinct documents citing it
    count(DISTINCT citing_province) AS citing_provinces, -- distinct provinces among them (central citers not counted)
    json_group_array(DISTINCT relation) AS relations     -- the relations seen, a JSON array (`["pursuant"]`)
  FROM citation_edges WHERE cited_key IS NOT NULL
  GROUP BY cited_key ORDER BY citing_documents DESC, date DESC;

-- How a cited document was taken up: documents that implement it or are issued pursuant to it, by province and year.
-- "Which provinces issued plans implementing Chỉ thị 03-CT/TW, and when?" is a `WHERE cited_number = '03-CT/TW'` away.
CREATE VIEW directive_uptake AS
  SELECT cited_key,                    -- identity key of the cited document
    max(cited_type) AS cited_type,     -- its type
    max(cited_number) AS cited_number, -- its canonical number
    max(cited_name) AS cited_name,     -- its name (laws cited by name)
    citing_province AS province,       -- province of the implementing documents (null: central bodies)
    citing_province_folded AS province_folded, -- the same folded (`documents.province_folded`)
    citing_year AS year,               -- their year of issue (null when not printed)
    count(DISTINCT citing_key) AS documents, -- distinct implementing documents
    min(citing_date) AS first_date,    -- earliest date of issue among them, as precisely as printed
    max(citing_date) AS last_date,     -- latest date of issue among them
    -- their numbers (or issuers, when unnumbered), a JSON array
    json_group_array(DISTINCT coalesce(citing_number, citing_issuer)) FILTER (WHERE coalesce(citing_number, citing_issuer) IS NOT NULL) AS citing
  FROM citation_edges WHERE relation IN ('implements', 'pursuant') AND cited_key IS NOT NULL
  GROUP BY cited_key, citing_province, citing_year;

-- Who was assigned what: one row per agency named in a task, as lead or partner, with the document it came from. "What
-- was Sở Thông tin và Truyền thông Thái Nguyên assigned?" is `WHERE agency = 'Sở Thông tin và Truyền thông tỉnh Thái
-- Nguyên'`.
CREATE VIEW tasks_by_agency AS
  SELECT g.id AS agency_id,            -- the `agencies` row
    g.name AS agency,                  -- canonical agency name
    g.name_folded AS agency_folded,    -- the name folded (`agencies.name_folded`): `WHERE agency_folded LIKE '%so tai chinh%'`
    g.province AS agency_province,     -- province of the agency
    g.province_folded AS agency_province_folded, -- the same folded
    m.role,                            -- `lead` or `partner`
    m.printed,                         -- the name as printed in the task
    t.id AS task_id,                   -- the `tasks` row
    d.id AS document_id,               -- the document
    d.doc_type,                        -- its type code
    d.number_raw AS number,            -- its number
    d.issuer_name AS issuer,           -- its issuer
    d.province,                        -- its province
    d.province_folded,                 -- its province folded
    d.issued,                          -- its date of issue, as precisely as printed
    d.year,                            -- its year of issue
    t.section,                         -- section id of the task
    t.deadline_date,                   -- deadline as a date (`YYYY-MM-DD`), when a full date is given
    t.deadline_text,                   -- deadline as written, when it is not a full date
    t.frequency,                       -- frequency as written
    t.text                             -- text of the task
  FROM agency_mentions m JOIN agencies g ON g.id = m.agency_id JOIN tasks t ON t.id = m.task_id
    JOIN primary_documents d ON d.id = m.document_id
  WHERE m.role IN ('lead', 'partner');

-- Who receives documents: one row per canonical agency on Nơi nhận lists, with how many documents and issuers sent to it.
CREATE VIEW recipients_by_agency AS
  SELECT g.id AS agency_id,            -- the `agencies` row
    g.name AS agency,                  -- canonical agency name
    g.name_folded AS agency_folded,    -- the name folded (`agencies.name_folded`)
    count(DISTINCT d.doc_key) AS documents,        -- distinct documents sent to it
    count(DISTINCT d.issuer_name) AS issuers,      -- distinct issuers among them
    json_group_array(DISTINCT d.province) FILTER (WHERE d.province IS NOT NULL) AS provinces, -- provinces of those issuers, a JSON array
    json_group_array(DISTINCT r.purpose) FILTER (WHERE r.purpose IS NOT NULL) AS purposes,    -- purposes seen ("(để b/c)", …), a JSON array
    json_group_array(DISTINCT r.name) AS printed,  -- the Nơi nhận items it was read from, a JSON array
    min(d.issued) AS first_date,       -- earliest date of issue among those documents
    max(d.issued) AS last_date         -- latest date of issue
  FROM agency_mentions m JOIN agencies g ON g.id = m.agency_id JOIN recipients r ON r.id = m.recipient_id
    JOIN primary_documents d ON d.id = m.document_id
  WHERE m.role = 'recipient'
  GROUP BY g.id ORDER BY documents DESC, agency;

-- Every agency with how often and in which roles the stored documents name it, and the spellings taken for it.
CREATE VIEW agency_directory AS
  SELECT g.id AS agency_id,            -- the `agencies` row
    g.name AS agency,                  -- canonical name
    g.name_folded AS agency_folded,    -- the name folded (`agencies.name_folded`)
    g.kind,                            -- kind of body (see `agencies.kind`)
    g.province,                        -- its province
    g.province_folded,                 -- its province folded
    g.collective,                      -- 1 for names of many bodies
    count(DISTINCT d.doc_key) AS documents, -- distinct documents naming it
    count(DISTINCT CASE WHEN m.role = 'issuer' THEN d.doc_key END) AS issued,       -- documents it issued
    count(DISTINCT CASE WHEN m.role = 'recipient' THEN d.doc_key END) AS received,  -- documents with it on Nơi nhận
    count(DISTINCT CASE WHEN m.role = 'addressee' THEN d.doc_key END) AS addressed, -- documents addressed to it (Kính gửi)
    count(CASE WHEN m.role = 'lead' THEN 1 END) AS lead_tasks,       -- tasks it leads
    count(CASE WHEN m.role = 'partner' THEN 1 END) AS partner_tasks, -- tasks it partners in
    json_group_array(DISTINCT m.printed) AS variants                 -- the names as printed, a JSON array
  -- the primary copy's key only: no documents row is read
  FROM agencies g JOIN agency_mentions m ON m.agency_id = g.id JOIN identity_primary d ON d.document_id = m.document_id
  GROUP BY g.id ORDER BY documents DESC, agency;
