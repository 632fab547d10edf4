package org.itaboard.division.domain;

/** The ten divisions (ฝ่าย) of a typical Bangkok district office (ITA-RULES.md, "Organisation"), in their usual order. */
public enum StandardDivision {
    ADMIN("ฝ่ายปกครอง", "Administration"),
    REGISTRATION("ฝ่ายทะเบียน", "Civil Registration"),
    FINANCE("ฝ่ายการคลัง", "Finance"),
    REVENUE("ฝ่ายรายได้", "Revenue"),
    PUBLIC_WORKS("ฝ่ายโยธา", "Public Works"),
    CLEANSING("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "Cleansing and Parks"),
    LAW_ENFORCEMENT("ฝ่ายเทศกิจ", "City Law Enforcement"),
    ENVIRONMENT("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "Environment and Sanitation"),
    COMMUNITY("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "Community Development and Social Welfare"),
    EDUCATION("ฝ่ายการศึกษา", "Education");

    private final String nameTh;
    private final String nameEn;

    StandardDivision(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }
}
