-- The research views (docs/schema.md). Views hold no data, so they are not migrated: when this file changes, every view
-- is dropped and created again on the next open. A view column without a comment means what the table column it passes
-- through means.

-- One row per document identity (`doc_key`) with the copy that stands for it: a readable copy before a scan, then DOCX,
-- DOC, text PDF, plain text, then the path — never the order in which files were processed.
CREATE VIEW document_identities AS
  SELECT k.doc_key,                    -- identity key (`documents.doc_key`)
    (SELECT x.id FROM documents x JOIN files f ON f.id = x.file_id WHERE x.doc_key = k.doc_key
     -- the richest format first: DOCX keeps the layout, a text PDF its positions, plain text neither
     ORDER BY x.status = 'ok' DESC, x.ocr,
       CASE x.format WHEN 'docx' THEN 1 WHEN 'doc' THEN 2 WHEN 'pdf' THEN 3 WHEN 'txt' THEN 4 ELSE 5 END, f.path
     LIMIT 1) AS document_id,          -- the copy that stands for the document
    count(*) AS copies                 -- how many stored files hold it
  FROM documents k GROUP BY k.doc_key;

-- One copy per document identity (`doc_key`), chosen in `document_identities`. The research views count from here, so
-- copies never count twice.
CREATE VIEW primary_documents AS
  SELECT d.* FROM documents d JOIN document_identities i ON i.document_id = d.id;

-- Every stored document in one flat row, with counts of what was extracted and its copies: the table to open in a
-- spreadsheet.
CREATE VIEW documents_flat AS
  SELECT d.id,
    f.path,                            -- path of the source file
    d.format, d.status, d.ocr, d.pages, d.doc_type, d.doc_type_name,
    d.number_raw AS number,            -- number as printed (`documents.number_raw`)
    d.number_seq, d.number_symbol, d.number_system,
    d.issued,                          -- date of issue, ISO 8601 as precisely as printed: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
    d.date_raw, d.year, d.place, d.province, d.province_folded,
    d.issuer_name AS issuer,           -- issuer in full (`documents.issuer_name`)
    d.issuer_folded,
    d.title,
    d.signer_name AS signer,           -- signer's name
    d.signer_folded,
    d.signer_authority,
    (SELECT count(*) FROM citations c WHERE c.document_id = d.id) AS citations,   -- number of cited documents
    (SELECT count(*) FROM recipients r WHERE r.document_id = d.id) AS recipients, -- number of Nơi nhận items
    (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) AS tasks,           -- number of tasks
    d.doc_key,
    i.copies,                          -- how many stored files hold this same document (same `doc_key`)
    d.id = i.document_id AS is_primary -- 1 for the copy that stands for the document in the research views
  FROM documents d JOIN files f ON f.id = d.file_id JOIN document_identities i ON i.doc_key = d.doc_key;

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
    -- the cited document if it is stored (the copy chosen in `document_identities`), else null
    (SELECT i.document_id FROM document_identities i WHERE i.doc_key = c.cited_key) AS cited_id,
    c.cited_key,                       -- identity key of the cited document (resolved or external)
    c.type AS cited_type,              -- type of the cited document as written
    c.number AS cited_number,          -- canonical number of the cited document
    c.name AS cited_name,              -- name of a law cited by name
    c.date AS cited_date,              -- date of the cited document
    c.issuer AS cited_issuer,          -- issuer of the cited document as written
    c.mentions                         -- how many times the citing document mentions it
  FROM citations c JOIN primary_documents d ON d.id = c.document_id;

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
  FROM agencies g JOIN agency_mentions m ON m.agency_id = g.id JOIN primary_documents d ON d.id = m.document_id
  GROUP BY g.id ORDER BY documents DESC, agency;
