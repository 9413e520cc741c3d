package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One article of a thematic series, at its place in the reading order. */
@Entity
@Table(name = "content_series_item")
@IdClass(SeriesEntry.Key.class)
public class SeriesEntry {

    /** The composite key (JPA wants a class with the id fields' names, a no-argument constructor and equality). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long seriesId;
        private Long itemId;

        public Key() {
            // for JPA
        }

        public Key(Long seriesId, Long itemId) {
            this.seriesId = seriesId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(seriesId, key.seriesId)
                    && Objects.equals(itemId, key.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(seriesId, itemId);
        }
    }

    @Id
    @Column(name = "series_id")
    private Long seriesId;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(nullable = false)
    private int position;

    protected SeriesEntry() {
        // for JPA
    }

    public SeriesEntry(Long seriesId, Long itemId, int position) {
        this.seriesId = seriesId;
        this.itemId = itemId;
        this.position = position;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public Long getItemId() {
        return itemId;
    }

    public int getPosition() {
        return position;
    }
}
