package org.itaboard.scoring.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.itaboard.fiscalyear.domain.AnswerDistribution;
import org.itaboard.fiscalyear.domain.ResponseType;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Everyone signed in reads the demo FY 2565 answer distributions as Wang Thonglang's report prints them. */
class AnswerDistributionServiceTest extends PostgresTest {

    @Autowired
    AnswerDistributionService distributions;

    @ParameterizedTest
    @ValueSource(strings = {"EXECUTIVE", "COORDINATOR", "DIVISION_HEAD", "HR_OFFICER", "ADMIN"})
    void everyRoleReadsI1sTwoSubQuestions(String role) {
        signInAs(role);
        List<AnswerDistribution> i1 = distributions.ofItem(year(2565), "I1");
        assertThat(i1).extracting(AnswerDistribution::getSubNo).containsExactly(1, 2);
        assertThat(i1).extracting(AnswerDistribution::getSubtopicTh)
                .containsExactly("เป็นไปตามขั้นตอนที่กำหนด", "เป็นไปตามระยะเวลาที่กำหนด");
        assertThat(i1).allSatisfy(d -> {
            assertThat(d.getResponseType()).isEqualTo(ResponseType.SCALE4);
            assertThat(d.getShares()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("0"), new BigDecimal("0"),
                            new BigDecimal("0"), new BigDecimal("100"));
            assertThat(d.getScore()).isEqualByComparingTo("100.00");
        });
    }

    @Test
    void yesNoSubQuestionsKeepTwoSharesAndScale4ReverseKeepsFour() {
        signInAs("EXECUTIVE");
        AnswerDistribution e8 = distributions.ofItem(year(2565), "E8").get(0);
        assertThat(e8.getResponseType()).isEqualTo(ResponseType.YES_NO_YES_GOOD);
        assertThat(e8.getShares()).hasSize(2);
        assertThat(e8.getShares().get(0)).isEqualByComparingTo("99.75");
        assertThat(e8.getShares().get(1)).isEqualByComparingTo("0.25");
        AnswerDistribution i16 = distributions.ofItem(year(2565), "I16").get(0);
        assertThat(i16.getResponseType()).isEqualTo(ResponseType.SCALE4_REVERSE);
        assertThat(i16.impliedScore()).isEqualByComparingTo("99.72");
    }

    @Test
    void itemsWithoutDistributionsGiveNone() {
        signInAs("EXECUTIVE");
        assertThat(distributions.ofItem(year(2565), "O9")).isEmpty();
        assertThat(distributions.ofItem(year(2567), "I1")).isEmpty();
    }

    @Test
    void anonymousIsRefused() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> distributions.ofItem(year(2565), "I1"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
