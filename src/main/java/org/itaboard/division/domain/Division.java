package org.itaboard.division.domain;

import jakarta.persistence.Column;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.offices.domain.Office;
import org.itaboard.base.domain.Bilingual;

/** A division (ฝ่าย) of the district office: leads and supports measures, receives meeting tasks. */
@Entity
@Table(name = "division")
public class Division extends AbstractEntity {

    /** The office this belongs to; set once when created. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "office_id", nullable = false, updatable = false)
    private Office office;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Z0-9_]+", message = "{division.code.pattern}")
    @Column(nullable = false)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en", nullable = false)
    private String nameEn;

    private boolean active = true;

    @Column(name = "sort_order")
    private int sortOrder;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameTh() {
        return nameTh;
    }

    public void setNameTh(String nameTh) {
        this.nameTh = nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    /** The name in the user's language: Thai unless English was chosen. */
    public String getName(Locale locale) {
        return Bilingual.pick(locale, nameTh, nameEn);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    @Override
    public String toString() {
        return nameTh;
    }
}
