-- Photos and scans (PNG, JPEG) are read by OCR and kept as uploaded, like any other original.
ALTER TABLE reviews DROP CONSTRAINT reviews_source_type_check;
ALTER TABLE reviews ADD CONSTRAINT reviews_source_type_check CHECK (source_type IN ('pdf', 'docx', 'text', 'image'));
ALTER TABLE review_versions DROP CONSTRAINT review_versions_source_type_check;
ALTER TABLE review_versions ADD CONSTRAINT review_versions_source_type_check CHECK (source_type IN ('pdf', 'docx', 'text', 'image'));
