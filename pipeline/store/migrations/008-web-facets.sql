-- 8: indexes for the web page (`vanban serve`). The columns added by later migrations (`year`, `province_folded`,
-- `review_count`) stand after `text` and `record_json` in each row, so reading them walks the row's overflow pages: a
-- filter or facet over thousands of documents took seconds. These indexes hold them apart.

-- every column the search filters and facets read, keyed by id: counting the facets of a search reads this index only
CREATE INDEX documents_facets ON documents(id, doc_type, doc_type_name, issuer_name, issuer_folded, province, province_folded, year, status, review_count);
-- documents of one year (the year filter without a province)
CREATE INDEX documents_year ON documents(year);
