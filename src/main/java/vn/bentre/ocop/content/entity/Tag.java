package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A free word editors attach to items ("dừa", "tem QR"); one tag per slug, whatever the spelling typed. */
@Entity
@Table(name = "content_tag")
@NamedQuery(name = Tag.BY_SLUG, query = "select t from Tag t where t.slug = :slug")
public class Tag {

    public static final String BY_SLUG = "Tag.bySlug";
    public static final int MAX = 80;

    @Id
    @SequenceGenerator(name = "content_tag_seq", sequenceName = "content_tag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_tag_seq")
    private Long id;

    @NotBlank
    @Size(max = MAX)
    @Pattern(regexp = ContentItem.SLUG_PATTERN)
    @Column(nullable = false, length = MAX)
    private String slug;

    @NotBlank
    @Size(max = MAX)
    @Column(nullable = false, length = MAX)
    private String name;

    protected Tag() {
        // for JPA
    }

    public Tag(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }
}
