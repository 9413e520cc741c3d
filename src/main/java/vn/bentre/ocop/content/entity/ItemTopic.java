package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** That a training material is about a topic. */
@Entity
@Table(name = "content_material_topic")
@IdClass(ItemTopic.Key.class)
public class ItemTopic {

    /** The composite key (JPA wants a class with the id fields' names, a no-argument constructor and equality). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long itemId;
        private MaterialTopic topic;

        public Key() {
            // for JPA
        }

        public Key(Long itemId, MaterialTopic topic) {
            this.itemId = itemId;
            this.topic = topic;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(itemId, key.itemId) && Objects.equals(topic, key.topic);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, topic);
        }
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private MaterialTopic topic;

    protected ItemTopic() {
        // for JPA
    }

    public ItemTopic(Long itemId, MaterialTopic topic) {
        this.itemId = itemId;
        this.topic = topic;
    }

    public Long getItemId() {
        return itemId;
    }

    public MaterialTopic getTopic() {
        return topic;
    }
}
