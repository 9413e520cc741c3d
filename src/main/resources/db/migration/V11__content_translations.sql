-- Translations: an item written in another language of the same piece points at the original
-- (translation_of_id); the original points nowhere. One translation per language and original.
ALTER TABLE content_item ADD COLUMN translation_of_id BIGINT;
ALTER TABLE content_item ADD CONSTRAINT fk_content_item_translation_of
    FOREIGN KEY (translation_of_id) REFERENCES content_item (id);
ALTER TABLE content_item ADD CONSTRAINT uq_content_item_translation UNIQUE (translation_of_id, language);
