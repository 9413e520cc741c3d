package vn.bentre.ocop.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The particulars of an official document (Decree 42/2022/ND-CP): who issued it, its number and symbol, when it
 * was issued and when it takes effect. Its summary and file are the item's own.
 */
@Entity
@Table(name = "content_document")
public class OfficialDocument {

    public static final int BODY_MAX = 250;
    public static final int NUMBER_MAX = 60;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @NotBlank
    @Size(max = BODY_MAX)
    @Column(name = "issuing_body", nullable = false, length = BODY_MAX)
    private String issuingBody;

    @NotBlank
    @Size(max = NUMBER_MAX)
    @Column(name = "number_symbol", nullable = false, length = NUMBER_MAX)
    private String numberSymbol;

    @NotNull
    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    protected OfficialDocument() {
        // for JPA
    }

    public OfficialDocument(Long itemId, String issuingBody, String numberSymbol, LocalDate issuedOn) {
        this.itemId = itemId;
        this.issuingBody = issuingBody;
        this.numberSymbol = numberSymbol;
        this.issuedOn = issuedOn;
    }

    /** A document takes effect on or after the day it is issued. */
    public void takesEffectOn(LocalDate day) {
        if (day != null && day.isBefore(issuedOn)) {
            throw new IllegalArgumentException("A document cannot take effect before it is issued");
        }
        this.effectiveOn = day;
    }

    public void correct(String issuingBody, String numberSymbol, LocalDate issuedOn, LocalDate effectiveOn) {
        this.issuingBody = issuingBody;
        this.numberSymbol = numberSymbol;
        this.issuedOn = issuedOn;
        takesEffectOn(effectiveOn);
    }

    public Long getItemId() {
        return itemId;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }
}
