package org.itaboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
import org.itaboard.dashboard.service.OfficeComparisonService;
import org.itaboard.dashboard.ui.DashboardView;
import org.itaboard.security.ui.ChangePasswordView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.internal.ComponentTracker;
import java.lang.reflect.Field;
import org.itaboard.dashboard.service.OfficeRow;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.measures.service.LiveMeasureOverview;
import org.itaboard.measures.service.MeasureChangeBroadcaster;
import org.itaboard.measures.service.MeasureChanged;
import org.itaboard.measures.service.MeasureOverview;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;
import org.itaboard.test.EmbeddedPostgres;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 7's scale goals, measured on the embedded PostgreSQL with generated offices (see {@link ScaleData}): the BMA
 * overview's data for one year of 50 offices, and one office's dashboard data with one office in the database and
 * with 50 (each twice: the other offices are removed and written again). Each operation is what the page loads,
 * service call by service call (each its own transaction, as the views call them), timed {@value #RUNS} times after
 * at least {@value #WARM_UP} warm-up runs and three seconds (the JIT compiler's), with the SQL statements it sent and
 * the tables PostgreSQL's plans of them read whole. Not a test with a time limit: it prints the figures (README,
 * "Performance") and fails only when an operation's statement count changes with the number of offices, i.e. when
 * something queries per row.
 *
 * <p>Run it alone: {@code ./mvnw test -Pbenchmark} (tagged {@code benchmark}, which the normal build excludes). It
 * needs a database without the demo data, so it runs in a JVM of its own.
 */
@Tag("benchmark")
@TestPropertySource(properties = {
        "itaboard.demo.enabled=false",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=org.itaboard.benchmark.SqlCounter"})
class ScaleBenchmark extends KaribuTest {

    static final int OFFICES = 50;
    static final int WARM_UP = 20;
    static final long WARM_UP_NANOS = 3_000_000_000L;
    static final int RUNS = 50;
    static final int SCREENS = 50;
    private static final String ANALYST = "bma.benchmark";
    private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private OfficeRepository offices;

    @Autowired
    private OfficeComparisonService comparison;

    @Autowired
    private FiscalYearService years;

    @Autowired
    private ScoreService scores;

    @Autowired
    private MeasureService measures;

    @Autowired
    private LiveMeasureOverview live;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private MeetingService meetings;

    private final List<Figure> figures = new ArrayList<>();
    private Long meetingOfOffice01;

    @Test
    void scale() {
        assertThat(jdbc.queryForObject("select count(*) from fiscal_year", Integer.class))
                .as("the benchmark needs a database of its own (run it alone: ./mvnw test -Pbenchmark)").isZero();
        ScaleData data = new ScaleData(jdbc);
        data.removeEmptyOffices();
        data.analyst(ANALYST);

        long started = System.nanoTime();
        data.offices(1, 1);
        double generated = (System.nanoTime() - started) / 1e9;
        warmUp();
        Figure dashboardAlone = measure("(c) dashboard of office-01, 1 office in the database", ScaleData.executive(1),
                "EXECUTIVE", this::dashboard);
        Figure overviewAlone = measure("    overview with 1 office (statements only)", ANALYST, "BMA_ANALYST",
                this::overview);
        started = System.nanoTime();
        data.offices(2, OFFICES);
        generated += (System.nanoTime() - started) / 1e9;
        Figure overview = measure("(a) BMA overview, one year of " + OFFICES + " offices", ANALYST, "BMA_ANALYST",
                this::overview);
        Figure dashboard = measure("(b) dashboard of office-01, " + OFFICES + " offices in the database",
                ScaleData.executive(1), "EXECUTIVE", this::dashboard);
        Figure otherDashboard = measure("    dashboard of office-" + OFFICES + ", " + OFFICES + " offices",
                ScaleData.executive(OFFICES), "EXECUTIVE", this::dashboard);

        Figure liveUpdate = liveUpdate();

        measure("(f) agenda of office-01's next meeting drawn again from the data",
                ScaleData.executive(1), "COORDINATOR", this::agenda);
        double[] heap = heapPerOpenDashboard();

        data.removeOffices(2, OFFICES);
        Figure dashboardAloneAgain = measure("(c) again, after removing the other " + (OFFICES - 1) + " offices",
                ScaleData.executive(1), "EXECUTIVE", this::dashboard);
        data.offices(2, OFFICES);
        Figure dashboardAgain = measure("(b) again, after generating them again", ScaleData.executive(1), "EXECUTIVE",
                this::dashboard);

        print(generated);
        System.out.printf("(e) heap kept per open dashboard of office-01 (%d drawn, each in its own Vaadin session and UI, "
                + "used heap after GC): %.2f MB; per session showing the password page instead: %.2f MB%n%n", SCREENS,
                heap[0], heap[1]);
        assertThat(overview.statements()).as("the overview's statements grow with the offices")
                .isEqualTo(overviewAlone.statements());
        assertThat(dashboard.statements()).as("the dashboard's statements depend on the other offices")
                .isEqualTo(dashboardAlone.statements());
        assertThat(otherDashboard.statements()).isEqualTo(dashboard.statements());
        assertThat(liveUpdate.statements()).as("a change is computed once, not once per open dashboard")
                .isLessThan(dashboard.statements());
        assertThat(dashboardAloneAgain.statements()).isEqualTo(dashboard.statements());
        assertThat(dashboardAgain.statements()).isEqualTo(dashboard.statements());
    }

    /** Lets the JIT compiler settle before the first figure, so the one-office figures are not the cold ones. */
    private void warmUp() {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 4 * WARM_UP_NANOS) {
            signIn(ScaleData.executive(1), "EXECUTIVE");
            dashboard();
            signIn(ANALYST, "BMA_ANALYST");
            overview();
        }
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** What the BMA overview page loads: its years, the year it opens on, and that year's row of every office. */
    private int overview() {
        comparison.beYears();
        int beYear = comparison.defaultBeYear().orElseThrow();
        List<OfficeRow> rows = comparison.rows(beYear);
        assertThat(rows).allMatch(OfficeRow::hasResults);
        return rows.size();
    }

    /**
     * What one dashboard load asks the services (DashboardView and its measure cards): the office, the year in
     * view, the office's trend (which has the scores of the year in view, unless that is a plan) and the measures
     * overview.
     */
    private int dashboard() {
        Office office = offices.findById(officeOfSignedInUser()).orElseThrow();
        YearInView inView = years.inView(office, null, YearPurpose.SCORES);
        List<YearScores> history = scores.history(office);
        FiscalYear year = inView.year().orElseThrow();
        YearScores shown = history.stream().filter(y -> y.year().getId().equals(year.getId())).findFirst()
                .orElseGet(() -> scores.scores(year));
        MeasureOverview overview = measures.overview(office).orElseThrow();
        assertThat(history).hasSize(ScaleData.LAST_YEAR - ScaleData.FIRST_YEAR + 1);
        assertThat(shown.catalogue().items()).hasSize(ScaleData.ITEMS);
        assertThat(overview.measures()).hasSize(ScaleData.MEASURES);
        return history.size();
    }

    /**
     * What follows one saved change while {@value #SCREENS} dashboards of the office are open: from the commit until
     * the last of them has its new measure overview (what the dashboard redraws; drawing itself is not included).
     * The dashboards start following the office before the runs (as they do when they are opened), so the figure is
     * the change's own cost.
     */
    private Figure liveUpdate() {
        signIn(ScaleData.executive(1), "EXECUTIVE");
        Office office = offices.findById(officeOfSignedInUser()).orElseThrow();
        Long measure = jdbc.queryForObject("""
                select min(m.id) from measure m join fiscal_year y on y.id = m.fiscal_year_id
                where y.office_id = ?""", Long.class, office.getId());
        AtomicReference<CountDownLatch> delivered = new AtomicReference<>(new CountDownLatch(0));
        List<MeasureChangeBroadcaster.Subscription> screens = new ArrayList<>();
        for (int i = 0; i < SCREENS; i++) {
            screens.add(live.follow(office, overview -> delivered.get().countDown()));
        }
        try {
            return measure("(d) one change reaching " + SCREENS + " open dashboards of office-01",
                    ScaleData.executive(1), "EXECUTIVE", () -> {
                        CountDownLatch all = new CountDownLatch(SCREENS);
                        delivered.set(all);
                        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(
                                new MeasureChanged(measure, office.getId(), ScaleData.LAST_YEAR)));
                        try {
                            assertThat(all.await(60, TimeUnit.SECONDS)).as("every open dashboard updated").isTrue();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        return SCREENS;
                    });
        } finally {
            screens.forEach(MeasureChangeBroadcaster.Subscription::cancel);
        }
    }

    /**
     * What the coordinator's "refresh agenda" asks: every agenda source (weak items without a measure, late and due
     * measures, progress and evidence since the last meeting, score changes, open tasks) over office-01's data, the
     * entries written again. The meeting is prepared on the first call.
     */
    private int agenda() {
        Office office = offices.findById(officeOfSignedInUser()).orElseThrow();
        Long meeting = meetingOfOffice01 != null ? meetingOfOffice01 : (meetingOfOffice01 = meetings.prepare(office).getId());
        return meetings.refreshAgenda(meeting).agenda().size();
    }

    /**
     * The heap one open dashboard keeps: {@value #SCREENS} executives' dashboards drawn by karibu, each in a Vaadin
     * session and UI of its own that stays open (as a browser tab would), used heap after a full GC compared with
     * before. Session and UI are counted in: they are what an open dashboard costs the server.
     */
    private double[] heapPerOpenDashboard() {
        // Vaadin's development mode (which karibu runs in) remembers where every component was created and attached,
        // about 2 MB per dashboard; production mode, where the figure matters, keeps none of it.
        withoutDevelopmentModeComponentTracking(true);
        double page;
        double dashboard;
        try {
            page = heapPerOpenPage(ChangePasswordView.class);
            dashboard = heapPerOpenPage(DashboardView.class);
        } finally {
            withoutDevelopmentModeComponentTracking(false);
        }
        System.out.printf("BENCHMARK (e) heap per open dashboard: %.2f MB (a session on the password page: %.2f MB)%n",
                dashboard, page);
        return new double[] {dashboard, page};
    }

    private static void withoutDevelopmentModeComponentTracking(boolean off) {
        try {
            Field disabled = ComponentTracker.class.getDeclaredField("disabled");
            disabled.setAccessible(true);
            disabled.set(null, off ? Boolean.TRUE : null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vaadin's ComponentTracker changed: measure with production mode instead", e);
        }
    }

    private double heapPerOpenPage(Class<? extends Component> view) {
        List<UI> open = new ArrayList<>();
        long before = usedHeapAfterGc();
        for (int i = 0; i < SCREENS; i++) {
            MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
            login(ScaleData.executive(1));
            UI.getCurrent().navigate(view);
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(view);
            open.add(UI.getCurrent());
        }
        long after = usedHeapAfterGc();
        assertThat(open).hasSize(SCREENS);
        // Closing the tabs: detaching the layouts ends their live subscriptions.
        open.forEach(ui -> ui.getChildren().toList().forEach(layout -> layout.getElement().removeFromParent()));
        return (after - before) / 1e6 / SCREENS;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private long officeOfSignedInUser() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return offices.findOfficeIdOfUser(username).orElseThrow();
    }

    private Figure measure(String name, String username, String role, Supplier<Integer> operation) {
        signIn(username, role);
        try {
            long warmUpStart = System.nanoTime();
            for (int i = 0; i < WARM_UP || System.nanoTime() - warmUpStart < WARM_UP_NANOS; i++) {
                operation.get();
            }
            long[] nanos = new long[RUNS];
            List<String> statements = List.of();
            for (int i = 0; i < RUNS; i++) {
                SqlCounter.start();
                long start = System.nanoTime();
                operation.get();
                nanos[i] = System.nanoTime() - start;
                statements = SqlCounter.stop();
            }
            Arrays.sort(nanos);
            Figure figure = new Figure(name, nanos[0] / 1e6, nanos[RUNS / 2] / 1e6,
                    nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, statements.size(), SqlCounter.repeats(statements),
                    sequentialScans(statements));
            figures.add(figure);
            System.out.printf("BENCHMARK %s: %.1f / %.1f / %.1f ms, %d statements%n", name, figure.minMillis(),
                    figure.medianMillis(), figure.p95Millis(), figure.statements());
            return figure;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The tables that PostgreSQL's generic plans of {@code statements} read whole (a sequential scan instead of an
     * index), with how many rows each table has: a dashboard statement that scans a table of every office's rows is
     * what "filtered by indexed office" rules out.
     */
    private Map<String, Long> sequentialScans(List<String> statements) {
        Map<String, Long> scanned = new TreeMap<>();
        // Simple query mode: the driver passes $1, $2 … through for EXPLAIN (GENERIC_PLAN) instead of binding them.
        String url = EmbeddedPostgres.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                + "preferQueryMode=simple", "postgres", "postgres"); Statement explain = connection.createStatement()) {
            for (String sql : new LinkedHashSet<>(statements)) {
                StringBuilder numbered = new StringBuilder();
                int parameter = 0;
                for (char c : sql.toCharArray()) {
                    numbered.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
                }
                try (ResultSet plan = explain.executeQuery("explain (generic_plan) " + numbered)) {
                    while (plan.next()) {
                        Matcher scan = SEQ_SCAN.matcher(plan.getString(1));
                        if (scan.find()) {
                            scanned.put(scan.group(1), jdbc.queryForObject("select count(*) from " + scan.group(1),
                                    Long.class));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return scanned;
    }

    private void print(double generatedSeconds) {
        StringBuilder out = new StringBuilder("\n");
        out.append("Scale benchmark: %d offices x %d years x %d items, %d measures per year (generated in %.1f s);"
                .formatted(OFFICES, ScaleData.LAST_YEAR - ScaleData.FIRST_YEAR + 1, ScaleData.ITEMS,
                        ScaleData.MEASURES, generatedSeconds));
        out.append(" %d runs after at least %d warm-up runs and %d s, %d CPU cores\n".formatted(RUNS, WARM_UP,
                WARM_UP_NANOS / 1_000_000_000L, Runtime.getRuntime().availableProcessors()));
        out.append("%-58s %7s %7s %7s %6s %6s  %s%n".formatted("operation", "min ms", "median", "p95", "stmts",
                "repeat", "tables read whole (rows)"));
        for (Figure f : figures) {
            out.append("%-58s %7.1f %7.1f %7.1f %6d %6d  %s%n".formatted(f.name(), f.minMillis(), f.medianMillis(),
                    f.p95Millis(), f.statements(), f.repeats().values().stream().findFirst().orElse(0L),
                    f.sequentialScans().isEmpty() ? "-" : f.sequentialScans().toString().replaceAll("[{}]", "")
                            .replace('=', ' ')));
        }
        out.append("stmts: SQL statements per operation; repeat: how often the most repeated one was sent\n");
        if (Boolean.getBoolean("benchmark.sql")) {
            for (Figure f : figures) {
                out.append("\n").append(f.name()).append(":\n");
                f.repeats().forEach((sql, n) -> out.append("%5d x %s%n".formatted(n, sql)));
            }
        }
        System.out.println(out);
    }

    private record Figure(String name, double minMillis, double medianMillis, double p95Millis, int statements,
            Map<String, Long> repeats, Map<String, Long> sequentialScans) {
    }
}
