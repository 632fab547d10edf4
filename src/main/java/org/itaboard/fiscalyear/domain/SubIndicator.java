package org.itaboard.fiscalyear.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.base.domain.Bilingual;

/** A two-level OIT sub-indicator such as 9.1 or 10.2; scoring groups OIT items by it. */
@Entity
@Table(name = "sub_indicator")
public class SubIndicator extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_th")
    private String nameTh;

    @Column(name = "name_en")
    private String nameEn;

    protected SubIndicator() {
    }

    public SubIndicator(Indicator indicator, String code, String nameTh, String nameEn) {
        this.indicator = indicator;
        this.code = code;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public String getCode() {
        return code;
    }

    public String getNameTh() {
        return nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getName(Locale locale) {
        String name = Bilingual.pick(locale, nameTh, nameEn);
        return name == null ? code : name;
    }
}
