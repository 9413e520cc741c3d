-- Training materials (content items of type MATERIAL) linked to a course, shown on the course's page while they
-- are published. Removing a course or an item removes the link.
CREATE TABLE course_material (
    course_id       BIGINT NOT NULL,
    content_item_id BIGINT NOT NULL,
    CONSTRAINT pk_course_material PRIMARY KEY (course_id, content_item_id),
    CONSTRAINT fk_course_material_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_material_item FOREIGN KEY (content_item_id) REFERENCES content_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_course_material_item ON course_material (content_item_id);
