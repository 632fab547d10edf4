package org.itaboard.fiscalyear.domain;

import java.math.BigDecimal;

/**
 * Result grades of both schemes. The seven-grade reports print only the letter, so its Thai label is the
 * letter; the English labels are the ones printed in the FY 2565 grade table.
 */
public enum Grade {
    AA(GradeScheme.SEVEN_GRADES, "AA", "Excellence", "95"),
    A(GradeScheme.SEVEN_GRADES, "A", "Very Good", "85"),
    B(GradeScheme.SEVEN_GRADES, "B", "Good", "75"),
    C(GradeScheme.SEVEN_GRADES, "C", "Fair", "65"),
    D(GradeScheme.SEVEN_GRADES, "D", "Poor", "55"),
    E(GradeScheme.SEVEN_GRADES, "E", "Extremely Poor", "50"),
    F(GradeScheme.SEVEN_GRADES, "F", "Fail", "0"),
    EXCELLENT(GradeScheme.FIVE_LEVELS, "ผ่านดีเยี่ยม", "Pass, excellent", "95"),
    GOOD(GradeScheme.FIVE_LEVELS, "ผ่านดี", "Pass, good", "85"),
    PASS(GradeScheme.FIVE_LEVELS, "ผ่าน", "Pass", "85"),
    NEEDS_IMPROVEMENT(GradeScheme.FIVE_LEVELS, "ต้องปรับปรุง", "Needs improvement", "70"),
    URGENT(GradeScheme.FIVE_LEVELS, "ต้องปรับปรุงโดยด่วน", "Needs urgent improvement", "0");

    private final GradeScheme scheme;
    private final String labelTh;
    private final String labelEn;
    private final BigDecimal minScore;

    Grade(GradeScheme scheme, String labelTh, String labelEn, String minScore) {
        this.scheme = scheme;
        this.labelTh = labelTh;
        this.labelEn = labelEn;
        this.minScore = new BigDecimal(minScore);
    }

    public String code() {
        return name();
    }

    public GradeScheme scheme() {
        return scheme;
    }

    public String labelTh() {
        return labelTh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Lowest ITA score of the band; five-level bands overlap and also have tool conditions. */
    public BigDecimal minScore() {
        return minScore;
    }
}
