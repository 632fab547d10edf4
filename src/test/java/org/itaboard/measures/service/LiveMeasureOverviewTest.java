package org.itaboard.measures.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 12's live dashboards: one saved change is computed once for all open screens of its office, which all get
 * the same overview; screens of other offices hear nothing; a user of another office cannot follow the office.
 */
class LiveMeasureOverviewTest extends PostgresTest {

    private static final long WAIT_SECONDS = 10;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private LiveMeasureOverview live;
    @Autowired
    private MeasureService service;
    @Autowired
    private Clock clock;

    private MeasureFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MeasureFixtures(context);
    }

    @Test
    void aChangeIsComputedOnceAndHandedToEveryScreenOfItsOfficeOnly() throws Exception {
        Measure m = fixtures.measure(fixtures.year(2602), "ติดป้ายขั้นตอนบริการ", "PUBLIC_WORKS");
        BlockingQueue<Optional<MeasureOverview>> first = new LinkedBlockingQueue<>();
        BlockingQueue<Optional<MeasureOverview>> second = new LinkedBlockingQueue<>();
        BlockingQueue<Optional<MeasureOverview>> otherOffice = new LinkedBlockingQueue<>();
        fixtures.signIn("director");
        var a = live.follow(wangThonglang(), first::add);
        var b = live.follow(wangThonglang(), second::add);
        fixtures.signIn("director.nongchok");
        var c = live.follow(office("nongchok"), otherOffice::add);
        try {
            fixtures.signIn("head.works");
            service.addProgress(m.getId(), new ProgressInput(LocalDate.now(clock), "ติดป้ายครบแล้ว", 60), null);

            Optional<MeasureOverview> seen = first.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(seen).as("delivered within %d s", WAIT_SECONDS).isNotNull();
            assertThat(second.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("the very same overview, computed once")
                    .isSameAs(seen);
            assertThat(seen.orElseThrow().beYear()).isEqualTo(service.overview(wangThonglang()).orElseThrow().beYear());
            assertThat(otherOffice.poll(1, TimeUnit.SECONDS)).isNull();
        } finally {
            a.cancel();
            b.cancel();
            c.cancel();
        }
    }

    @Test
    void aUserOfAnotherOfficeCannotFollowIt() {
        fixtures.signIn("director.nongchok");
        assertThatThrownBy(() -> live.follow(wangThonglang(), overview -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }
}
