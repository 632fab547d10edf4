package org.itaboard.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.hr.service.CriteriaService;
import org.itaboard.meetings.domain.AgendaSection;
import org.itaboard.meetings.service.AgendaContext;
import org.itaboard.meetings.service.AgendaProposal;
import org.itaboard.meetings.service.AgendaSource;
import org.itaboard.oit.service.OitChecklistService;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agenda's subjects from the features built on the meetings' extension point: Wang Thonglang's personnel criteria
 * awaiting approval (one entry each) and its OIT items of 2570 not yet published (one entry per division).
 */
class AgendaSourcesTest extends PostgresTest {

    @Autowired
    private List<AgendaSource> sources;
    @Autowired
    private CriteriaService criteria;
    @Autowired
    private OitChecklistService oit;

    @Test
    void criteriaAwaitingApprovalAndUnpublishedOitItemsAreProposedForConsideration() {
        signInAs("COORDINATOR");
        FiscalYear year = year(2570);
        AgendaContext context = new AgendaContext(wangThonglang(), year, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 11, 24), Instant.parse("2026-11-23T17:00:00Z"), LocalDate.of(2026, 12, 8));

        List<AgendaProposal> proposed = sources.stream().flatMap(s -> s.proposals(context).stream()).toList();

        List<AgendaProposal> approvals = proposed.stream().filter(p -> p.topic().equals("criteria")).toList();
        assertThat(approvals).hasSize(criteria.awaitingApproval(wangThonglang()).size()).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.title()).startsWith("ขออนุมัติ ");
                    assertThat(p.link()).startsWith("hr/documents/");
                    assertThat(p.section()).isEqualTo(AgendaSection.CONSIDERATION);
                });
        List<AgendaProposal> unpublished = proposed.stream().filter(p -> p.topic().equals("oit")).toList();
        assertThat(unpublished).isNotEmpty().allSatisfy(p -> assertThat(p.link()).isEqualTo("oit?year=2570"));
        assertThat(unpublished.stream().mapToLong(p -> Arrays.stream(p.detail().split(", ")).count()).sum())
                .isEqualTo(oit.notYetPublished(year).size());
        assertThat(unpublished).extracting(AgendaProposal::subjectKey).doesNotHaveDuplicates();
    }
}
