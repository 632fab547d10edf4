package org.itaboard.measures.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.measures.domain.Measure;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saved progress reaches the subscribers (open dashboards) only after the transaction committed, on a thread of
 * the broadcaster's own; refused or rolled-back saves never reach them. Deliveries come in order, one at a time,
 * so "the next committed change arrived first" proves that an earlier, refused one was never sent.
 */
class MeasureChangeBroadcasterTest extends PostgresTest {

    private static final long WAIT_SECONDS = 10;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private MeasureService service;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private MeasureChangeBroadcaster broadcaster;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private Clock clock;

    private MeasureFixtures fixtures;
    private MeasureFixtures.Year year;
    private final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
    private MeasureChangeBroadcaster.Subscription subscription;

    /** What a subscriber saw: the change, its thread, and the progress another connection read at that moment. */
    private record Delivery(MeasureChanged change, String thread, Integer committedProgress) {
    }

    @BeforeEach
    void subscribe() {
        fixtures = new MeasureFixtures(context);
        year = fixtures.year(2601);
        subscription = broadcaster.subscribe(change -> received.add(new Delivery(change, Thread.currentThread().getName(),
                jdbc.queryForObject("select progress from measure where id = ?", Integer.class, change.measureId()))));
    }

    @AfterEach
    void unsubscribe() {
        subscription.cancel();
    }

    private Delivery next() throws InterruptedException {
        Delivery delivery = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(delivery).as("a change delivered within %d s", WAIT_SECONDS).isNotNull();
        return delivery;
    }

    private Measure measure(String title) throws InterruptedException {
        Measure m = fixtures.measure(year, title, "PUBLIC_WORKS");
        assertThat(next().change().measureId()).isEqualTo(m.getId());
        return m;
    }

    @Test
    void progressUpdateIsDeliveredAfterCommitOutsideTheRequestThread() throws Exception {
        Measure m = measure("ติดประกาศขั้นตอนการขออนุญาต");
        fixtures.signIn("head.works");
        service.addProgress(m.getId(), new ProgressInput(LocalDate.now(clock), "ติดประกาศครบทุกจุดแล้ว", 40), null);
        Delivery delivery = next();
        assertThat(delivery.change()).isEqualTo(MeasureChanged.of(m));
        assertThat(delivery.committedProgress()).as("already committed when delivered").isEqualTo(40);
        assertThat(delivery.thread()).isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void evidenceIsDeliveredToo() throws Exception {
        Measure m = measure("เผยแพร่คู่มือบนเว็บไซต์");
        fixtures.signIn("head.works");
        evidence.addLink(m.getId(), "คู่มือบนเว็บไซต์", "https://webportal.bangkok.go.th/", LocalDate.now(clock), null);
        assertThat(next().change().measureId()).isEqualTo(m.getId());
    }

    @Test
    void rolledBackAndRefusedSavesAreNotDelivered() throws Exception {
        Measure rolledBack = measure("มาตรการที่ย้อนกลับ");
        Measure refused = measure("มาตรการที่ถูกปฏิเสธ");
        Measure saved = measure("มาตรการที่บันทึกจริง");
        fixtures.signIn("head.works");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            service.addProgress(rolledBack.getId(), new ProgressInput(LocalDate.now(clock), "ยกเลิกภายหลัง", 30), null);
            tx.setRollbackOnly();
        });
        assertThatThrownBy(() -> service.addProgress(refused.getId(), new ProgressInput(LocalDate.now(clock), " ", 30), null))
                .isInstanceOf(BusinessRuleException.class);
        fixtures.signIn("head.registration");
        assertThatThrownBy(() -> service.addProgress(refused.getId(), new ProgressInput(LocalDate.now(clock), "ไม่ใช่ฝ่ายเรา", 30), null))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn("head.works");
        service.addProgress(saved.getId(), new ProgressInput(LocalDate.now(clock), "บันทึกจริง", 50), null);

        assertThat(next().change().measureId()).isEqualTo(saved.getId());
        assertThat(jdbc.queryForObject("select progress from measure where id = ?", Integer.class, rolledBack.getId())).isZero();
    }

    @Test
    void aCancelledSubscriptionHearsNothingMore() throws Exception {
        Measure m = measure("มาตรการที่ไม่มีใครฟังแล้ว");
        BlockingQueue<MeasureChanged> other = new LinkedBlockingQueue<>();
        MeasureChangeBroadcaster.Subscription stays = broadcaster.subscribe(other::add);
        try {
            subscription.cancel();
            fixtures.signIn("head.works");
            service.addProgress(m.getId(), new ProgressInput(LocalDate.now(clock), "รายงานรอบแรก", 10), null);
            assertThat(other.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(MeasureChanged.of(m));
            assertThat(received).isEmpty();
        } finally {
            stays.cancel();
        }
    }
}
