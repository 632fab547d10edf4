package org.itaboard.offices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.base.domain.Bilingual;

/**
 * A district office (สำนักงานเขต). It owns its divisions, users and fiscal years, and through the
 * years its catalogues, scores, measures and evidence; its short code names it in URLs
 * ({@code /api/v1/offices/wangthonglang/…}).
 */
@Entity
@Table(name = "office")
public class Office extends AbstractEntity {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[a-z0-9-]+", message = "{office.code.pattern}")
    @Column(nullable = false, unique = true)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected Office() {
    }

    public Office(String code, String nameTh, String nameEn) {
        this.code = code;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

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

    @Override
    public String toString() {
        return code;
    }
}
