package org.itaboard.fiscalyear.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.itaboard.base.domain.AbstractEntity;
import org.itaboard.base.domain.Bilingual;
import org.itaboard.fiscalyear.domain.ResponseType;
import org.itaboard.fiscalyear.domain.SubQuestionScores;

/**
 * How the respondents answered one sub-question of an IIT/EIT item, as the report prints it: the percentage
 * choosing each answer (p1…p4, see {@link ResponseType}; p3 and p4 are null for yes/no) and the printed score.
 * The printed score is kept as printed; {@link #impliedScore()} is what the shares give, shown beside it.
 */
@Entity
@Table(name = "answer_distribution")
public class AnswerDistribution extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(name = "sub_no", nullable = false)
    private int subNo;

    @Column(name = "subtopic_th", nullable = false)
    private String subtopicTh;

    @Column(name = "subtopic_en")
    private String subtopicEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_type", nullable = false)
    private ResponseType responseType;

    private BigDecimal p1;
    private BigDecimal p2;
    private BigDecimal p3;
    private BigDecimal p4;

    private BigDecimal score;

    protected AnswerDistribution() {
    }

    public AnswerDistribution(Item item, int subNo, String subtopicTh, String subtopicEn, ResponseType responseType,
            List<BigDecimal> shares, BigDecimal score) {
        this.item = item;
        this.subNo = subNo;
        this.subtopicTh = subtopicTh;
        this.subtopicEn = subtopicEn;
        this.responseType = responseType;
        this.p1 = share(shares, 1);
        this.p2 = share(shares, 2);
        this.p3 = share(shares, 3);
        this.p4 = share(shares, 4);
        this.score = score;
    }

    /** Answers beyond the type's count (p3, p4 of a yes/no question) are not applicable: null. */
    private BigDecimal share(List<BigDecimal> shares, int n) {
        return n <= responseType.answerCount() && n <= shares.size() ? shares.get(n - 1) : null;
    }

    public Item getItem() {
        return item;
    }

    public int getSubNo() {
        return subNo;
    }

    public String getSubtopicTh() {
        return subtopicTh;
    }

    public String getSubtopicEn() {
        return subtopicEn;
    }

    public String getSubtopic(Locale locale) {
        return Bilingual.pick(locale, subtopicTh, subtopicEn);
    }

    public ResponseType getResponseType() {
        return responseType;
    }

    /** The shares of the type's answers in order (two for yes/no, four on the scale); an entry may be null. */
    public List<BigDecimal> getShares() {
        return Arrays.asList(p1, p2, p3, p4).subList(0, responseType.answerCount());
    }

    /** The sub-question's score as printed. */
    public BigDecimal getScore() {
        return score;
    }

    /** The score the shares give. */
    public BigDecimal impliedScore() {
        return responseType.impliedScore(getShares());
    }

    /** True when the printed score is the one the shares give, up to rounding. */
    public boolean scoreAgreesWithShares() {
        return SubQuestionScores.agree(impliedScore(), score);
    }
}
