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

/** A standing section of the portal's content (Sản phẩm OCOP, Tập huấn...), named in both languages. */
@Entity
@Table(name = "content_category")
@NamedQuery(name = Category.ALL, query = "select c from Category c order by c.id")
@NamedQuery(name = Category.BY_SLUG, query = "select c from Category c where c.slug = :slug")
public class Category {

    public static final String ALL = "Category.all";
    public static final String BY_SLUG = "Category.bySlug";

    @Id
    @SequenceGenerator(name = "content_category_seq", sequenceName = "content_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_category_seq")
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Pattern(regexp = ContentItem.SLUG_PATTERN)
    @Column(nullable = false, length = 80)
    private String slug;

    @NotBlank
    @Size(max = 120)
    @Column(name = "name_vi", nullable = false, length = 120)
    private String nameVi;

    @NotBlank
    @Size(max = 120)
    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    protected Category() {
        // for JPA
    }

    public Category(String slug, String nameVi, String nameEn) {
        this.slug = slug;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the reader's language (Vietnamese unless English is asked for). */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
