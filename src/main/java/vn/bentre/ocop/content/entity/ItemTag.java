package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** That an item carries a tag. */
@Entity
@Table(name = "content_item_tag")
@IdClass(ItemTag.Key.class)
public class ItemTag {

    /** The composite key (JPA wants a class with the id fields' names, a no-argument constructor and equality). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long itemId;
        private Long tagId;

        public Key() {
            // for JPA
        }

        public Key(Long itemId, Long tagId) {
            this.itemId = itemId;
            this.tagId = tagId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(itemId, key.itemId) && Objects.equals(tagId, key.tagId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, tagId);
        }
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Id
    @Column(name = "tag_id")
    private Long tagId;

    protected ItemTag() {
        // for JPA
    }

    public ItemTag(Long itemId, Long tagId) {
        this.itemId = itemId;
        this.tagId = tagId;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getTagId() {
        return tagId;
    }
}
