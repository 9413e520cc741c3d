package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** That an item belongs to a category. */
@Entity
@Table(name = "content_item_category")
@IdClass(ItemCategory.Key.class)
public class ItemCategory {

    /** The composite key (JPA wants a class with the id fields' names, a no-argument constructor and equality). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long itemId;
        private Long categoryId;

        public Key() {
            // for JPA
        }

        public Key(Long itemId, Long categoryId) {
            this.itemId = itemId;
            this.categoryId = categoryId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(itemId, key.itemId)
                    && Objects.equals(categoryId, key.categoryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, categoryId);
        }
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Id
    @Column(name = "category_id")
    private Long categoryId;

    protected ItemCategory() {
        // for JPA
    }

    public ItemCategory(Long itemId, Long categoryId) {
        this.itemId = itemId;
        this.categoryId = categoryId;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getCategoryId() {
        return categoryId;
    }
}
