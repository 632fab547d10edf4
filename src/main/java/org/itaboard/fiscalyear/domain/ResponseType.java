package org.itaboard.fiscalyear.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * How an IIT/EIT sub-question is answered, and what each answer is worth. Shares are numbered as the report
 * prints them: the 4-point scale least, little, much, most (p1…p4); yes/no as yes, no (p1, p2).
 * A sub-question's score is the share-weighted mean of the answers' values: on the 4-point scale 0 / 33.33 /
 * 66.67 / 100, mirrored for reverse-worded questions ("least" scores 100); for yes/no the good answer is worth
 * 100 and the other 0, so the score is the share of the good answer.
 */
public enum ResponseType {
    SCALE4("scale4", "0", "33.33", "66.67", "100"),
    SCALE4_REVERSE("scale4_reverse", "100", "66.67", "33.33", "0"),
    YES_NO_YES_GOOD("yes_no_yes_good", "100", "0"),
    YES_NO_NO_GOOD("yes_no_no_good", "0", "100");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final String csvName;
    private final List<BigDecimal> values;

    ResponseType(String csvName, String... values) {
        this.csvName = csvName;
        this.values = Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** The type as the report extracts name it (scale4, scale4_reverse, yes_no_yes_good, yes_no_no_good). */
    public static ResponseType fromCsv(String name) {
        for (ResponseType type : values()) {
            if (type.csvName.equalsIgnoreCase(name.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown response type: " + name);
    }

    /** 4 on the scale, 2 for yes/no. */
    public int answerCount() {
        return values.size();
    }

    public boolean isYesNo() {
        return values.size() == 2;
    }

    /** What answer {@code n} (1-based, as p1…p4) is worth: 0 to 100. */
    public BigDecimal valueOf(int n) {
        return values.get(n - 1);
    }

    /**
     * The score the shares imply, rounded half-up to two decimals like every printed figure. Shares beyond
     * {@link #answerCount()} are ignored; a missing share counts as 0.
     */
    public BigDecimal impliedScore(List<BigDecimal> shares) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 1; n <= answerCount() && n <= shares.size(); n++) {
            BigDecimal share = shares.get(n - 1);
            if (share != null) {
                sum = sum.add(share.multiply(valueOf(n)));
            }
        }
        return sum.divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
