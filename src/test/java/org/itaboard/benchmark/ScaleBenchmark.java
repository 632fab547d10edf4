package org.itaboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.itaboard.dashboard.service.OfficeComparisonService;
import org.itaboard.dashboard.service.OfficeRow;
import org.itaboard.fiscalyear.service.FiscalYearService;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.fiscalyear.service.YearPurpose;
import org.itaboard.measures.service.MeasureOverview;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.offices.domain.Office;
import org.itaboard.offices.domain.OfficeRepository;
import org.itaboard.scoring.service.ScoreService;
import org.itaboard.scoring.service.YearScores;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 7's scale goals, measured on the embedded PostgreSQL with generated offices (see {@link ScaleData}): the BMA
 * overview's data for one year of 50 offices, and one office's dashboard data with one office in the database and
 * with 50. Each operation is what the page loads, service call by service call (each its own transaction, as the
 * views call them), timed {@value #RUNS} times after {@value #WARM_UP} warm-up runs, with the SQL statements it sent.
 * Not a test with a time limit: it prints the figures (README, "Performance") and fails only when an operation's
 * statement count grows with the number of offices, i.e. when something queries per row.
 *
 * <p>Run it alone: {@code ./mvnw test -Pbenchmark} (tagged {@code benchmark}, which the normal build excludes). It
 * needs a database without the demo data, so it runs in a JVM of its own.
 */
@Tag("benchmark")
@TestPropertySource(properties = {
        "itaboard.demo.enabled=false",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=org.itaboard.benchmark.SqlCounter"})
class ScaleBenchmark extends PostgresTest {

    static final int OFFICES = 50;
    static final int WARM_UP = 10;
    static final int RUNS = 20;
    private static final String ANALYST = "bma.benchmark";

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

    private final List<Figure> figures = new ArrayList<>();

    @Test
    void scale() {
        assertThat(jdbc.queryForObject("select count(*) from fiscal_year", Integer.class))
                .as("the benchmark needs a database of its own (run it alone: ./mvnw test -Pbenchmark)").isZero();
        ScaleData data = new ScaleData(jdbc);
        data.removeEmptyOffices();
        data.analyst(ANALYST);

        long started = System.nanoTime();
        data.offices(1, 1);
        Figure dashboardAlone = measure("(c) dashboard of office-01, 1 office in the database", ScaleData.executive(1),
                "EXECUTIVE", this::dashboard);
        Figure overviewAlone = measure("    overview with 1 office (statements only)", ANALYST, "BMA_ANALYST",
                this::overview);
        data.offices(2, OFFICES);
        double generated = (System.nanoTime() - started) / 1e9;
        Figure overview = measure("(a) BMA overview, one year of " + OFFICES + " offices", ANALYST, "BMA_ANALYST",
                this::overview);
        Figure dashboard = measure("(b) dashboard of office-01, " + OFFICES + " offices in the database",
                ScaleData.executive(1), "EXECUTIVE", this::dashboard);
        Figure otherDashboard = measure("    dashboard of office-" + OFFICES + ", " + OFFICES + " offices",
                ScaleData.executive(OFFICES), "EXECUTIVE", this::dashboard);

        print(generated);
        assertThat(overview.statements()).as("the overview's statements grow with the offices")
                .isEqualTo(overviewAlone.statements());
        assertThat(dashboard.statements()).as("the dashboard's statements depend on the other offices")
                .isEqualTo(dashboardAlone.statements());
        assertThat(otherDashboard.statements()).isEqualTo(dashboard.statements());
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
     * view, the office's trend, the scores of the year in view and the measures overview.
     */
    private int dashboard() {
        Office office = offices.findById(officeOfSignedInUser()).orElseThrow();
        YearInView inView = years.inView(office, null, YearPurpose.SCORES);
        List<YearScores> history = scores.history(office);
        YearScores shown = scores.scores(inView.year().orElseThrow());
        MeasureOverview overview = measures.overview(office).orElseThrow();
        assertThat(history).hasSize(ScaleData.LAST_YEAR - ScaleData.FIRST_YEAR + 1);
        assertThat(shown.catalogue().items()).hasSize(ScaleData.ITEMS);
        assertThat(overview.measures()).hasSize(ScaleData.MEASURES);
        return history.size();
    }

    private long officeOfSignedInUser() {
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        return offices.findOfficeIdOfUser(username).orElseThrow();
    }

    private Figure measure(String name, String username, String role, Supplier<Integer> operation) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            for (int i = 0; i < WARM_UP; i++) {
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
            Figure figure = new Figure(name, nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
                    statements.size(), SqlCounter.repeats(statements));
            figures.add(figure);
            return figure;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void print(double generatedSeconds) {
        StringBuilder out = new StringBuilder("\n");
        out.append("Scale benchmark: %d offices x %d years x %d items, %d measures per year (generated in %.1f s);"
                .formatted(OFFICES, ScaleData.LAST_YEAR - ScaleData.FIRST_YEAR + 1, ScaleData.ITEMS,
                        ScaleData.MEASURES, generatedSeconds));
        out.append(" %d runs after %d warm-up runs, %d CPU cores\n".formatted(RUNS, WARM_UP,
                Runtime.getRuntime().availableProcessors()));
        out.append("%-62s %10s %10s %11s %12s%n".formatted("operation", "median ms", "p95 ms", "statements",
                "most repeated"));
        for (Figure f : figures) {
            out.append("%-62s %10.1f %10.1f %11d %12d%n".formatted(f.name(), f.medianMillis(), f.p95Millis(),
                    f.statements(), f.repeats().values().stream().findFirst().orElse(0L)));
        }
        if (Boolean.getBoolean("benchmark.sql")) {
            for (Figure f : figures) {
                out.append("\n").append(f.name()).append(":\n");
                f.repeats().forEach((sql, n) -> out.append("%5d x %s%n".formatted(n, sql)));
            }
        }
        System.out.println(out);
    }

    private record Figure(String name, double medianMillis, double p95Millis, int statements, Map<String, Long> repeats) {
    }
}
