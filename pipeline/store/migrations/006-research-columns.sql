-- 6: columns for people who query with SQL: folded copies of the names they filter on, a deadline split into a date
-- and a text. SQLite's LIKE folds case for ASCII only and never folds diacritics, so `signer_name LIKE '%hồ đức%'`
-- misses `Hồ Đức`; the `*_folded` columns hold the name in lower case without diacritics (đ→d) and without
-- punctuation, so `signer_folded LIKE '%ho duc%'` and `province_folded = 'thai nguyen'` find it.

-- the issuer's name folded: lower case, no diacritics (đ→d), punctuation as spaces ("so thong tin va truyen thong tinh
-- thai nguyen"); filter with `LIKE '%so thong tin%'`
ALTER TABLE documents ADD COLUMN issuer_folded TEXT;
-- the signer's name folded the same way ("ho duc phoc")
ALTER TABLE documents ADD COLUMN signer_folded TEXT;
-- the province folded the same way ("thai nguyen", "ba ria vung tau"); null for central bodies
ALTER TABLE documents ADD COLUMN province_folded TEXT;
UPDATE documents SET issuer_folded = vn_fold(issuer_name), signer_folded = vn_fold(signer_name), province_folded = vn_fold(province);
CREATE INDEX documents_province_folded ON documents(province_folded, year);

-- the canonical name folded: lower case, no diacritics (đ→d), punctuation as spaces
ALTER TABLE agencies ADD COLUMN name_folded TEXT;
-- the province folded the same way
ALTER TABLE agencies ADD COLUMN province_folded TEXT;
UPDATE agencies SET name_folded = vn_fold(name), province_folded = vn_fold(province);

-- the deadline as a date, `YYYY-MM-DD`, when the text gives a full date ("trước ngày 05/12/2023"); else null
ALTER TABLE tasks ADD COLUMN deadline_date TEXT;
-- the deadline as written when it is not a full date ("trong quý III/2024", "Thời gian thực hiện: năm 2024"); else null
ALTER TABLE tasks ADD COLUMN deadline_text TEXT;
UPDATE tasks SET deadline_date = CASE WHEN deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN deadline END,
  deadline_text = CASE WHEN deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN NULL ELSE deadline END;

-- files that failed in an earlier run and have not changed since, so were not tried again (`ingest --retry-failed` tries them)
ALTER TABLE runs ADD COLUMN files_failed_unchanged INTEGER DEFAULT 0;
-- entries passed over as not documents: hidden files, data files (`.json`, `.log`…), `README.*`, symbolic links, FIFOs
ALTER TABLE runs ADD COLUMN files_ignored INTEGER DEFAULT 0;
