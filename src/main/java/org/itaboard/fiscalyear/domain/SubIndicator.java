package org.itaboard.fiscalyear.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A two-level OIT sub-indicator such as 9.1 or 10.2; scoring groups OIT items by it. */
@Entity
@Table(name = "sub_indicator")
public class SubIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

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

    public Long getId() {
        return id;
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
        String name = locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameTh;
        return name == null ? code : name;
    }
}
