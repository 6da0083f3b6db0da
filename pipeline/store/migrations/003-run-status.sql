-- 3: runs say whether they finished, and who ran them (to tell a crashed run from a live one).

-- `running`, `finished`, `stopped` (a fault such as a full disk ended it early; its counts are true) or `interrupted` (the process was killed; the next run picks up where it stopped)
ALTER TABLE runs ADD COLUMN status TEXT NOT NULL DEFAULT 'finished';
ALTER TABLE runs ADD COLUMN files_needing_ocr INTEGER DEFAULT 0; -- of the stored files, scans whose text needs OCR
ALTER TABLE runs ADD COLUMN pid INTEGER;                         -- process id of the run
ALTER TABLE runs ADD COLUMN host TEXT;                           -- host name of the machine that ran it
UPDATE runs SET status = 'interrupted' WHERE finished_at IS NULL;
