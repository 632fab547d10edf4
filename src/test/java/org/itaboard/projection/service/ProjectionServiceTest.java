package org.itaboard.projection.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Grade;
import org.itaboard.fiscalyear.domain.Tool;
import org.itaboard.measures.MeasureFixtures;
import org.itaboard.test.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Projections of Wang Thonglang's real 2565 result through the service, and who may see and keep them: the office's
 * executives and coordinator project and save, the BMA's analyst reads, everyone else and every other office is
 * refused.
 */
class ProjectionServiceTest extends PostgresTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Map<String, BigDecimal> FOUR_WEAK_OIT_ITEMS = Map.of("O9", HUNDRED, "O27", HUNDRED,
            "O28", HUNDRED, "O41", HUNDRED);

    @Autowired
    private ProjectionService service;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcTemplate jdbc;
    private MeasureFixtures fixtures;
    private FiscalYear wangThonglang2565;

    @BeforeEach
    void arrange() {
        fixtures = new MeasureFixtures(context);
        wangThonglang2565 = year(2565);
    }

    /** Scenarios saved on the demo year would outlive the test. */
    @AfterEach
    void removeScenarios() {
        jdbc.update("delete from projection_scenario");
    }

    @Test
    void fixingO9O27O28AndO41OfWangThonglang2565GivesOit100AndIta9984() {
        signInAs("EXECUTIVE");

        Projection projection = service.project(wangThonglang2565, FOUR_WEAK_OIT_ITEMS);

        assertThat(projection.current().result().ita().value()).isEqualByComparingTo("96.15");
        assertThat(projection.projected().tools().get(Tool.OIT).value()).isEqualByComparingTo("100");
        assertThat(projection.projected().ita().value()).isEqualByComparingTo("99.84");
        assertThat(projection.projected().ita().grade()).isEqualTo(Grade.AA);
        assertThat(projection.targets()).containsOnlyKeys("O9", "O27", "O28", "O41");
    }

    @Test
    void theCoordinatorSavesAScenarioThatOpensAgainWithItsProjection() {
        fixtures.signIn("coordinator");
        SavedScenario saved = service.save(wangThonglang2565, "  แก้ไข OIT 4 ข้อ ", FOUR_WEAK_OIT_ITEMS);

        fixtures.signIn("director");
        SavedScenario reopened = service.scenario(saved.id());

        assertThat(reopened.name()).isEqualTo("แก้ไข OIT 4 ข้อ");
        assertThat(reopened.savedBy()).isEqualTo("coordinator");
        assertThat(reopened.savedAt()).isNotNull();
        assertThat(reopened.projection().projected().ita().value()).isEqualByComparingTo("99.84");
        assertThat(reopened.projection().targets()).containsOnlyKeys("O9", "O27", "O28", "O41");
        assertThat(service.scenarios(wangThonglang2565)).extracting(SavedScenario::name).containsExactly("แก้ไข OIT 4 ข้อ");
    }

    @Test
    void savingUnderTheSameNameReplacesTheTargetsAndDeletingRemovesTheScenario() {
        fixtures.signIn("director");
        SavedScenario first = service.save(wangThonglang2565, "HR", FOUR_WEAK_OIT_ITEMS);
        SavedScenario second = service.save(wangThonglang2565, "HR", Map.of("O27", HUNDRED, "O28", HUNDRED));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(service.scenario(first.id()).projection().targets()).containsOnlyKeys("O27", "O28");

        service.delete(first.id());
        assertThat(service.scenarios(wangThonglang2565)).isEmpty();
        assertThatThrownBy(() -> service.scenario(first.id())).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theBmaAnalystReadsScenariosOfAnyOfficeButSavesNothing() {
        fixtures.signIn("coordinator");
        SavedScenario saved = service.save(wangThonglang2565, "OIT", FOUR_WEAK_OIT_ITEMS);

        fixtures.signIn("bma");
        assertThat(service.scenario(saved.id()).projection().projected().ita().value()).isEqualByComparingTo("99.84");
        assertThat(service.project(wangThonglang2565, Map.of("O41", HUNDRED)).projected().ita().value())
                .isGreaterThan(new BigDecimal("96.15"));
        assertThat(service.mayChange(wangThonglang2565.getOffice())).isFalse();
        assertThatThrownBy(() -> service.save(wangThonglang2565, "BMA", FOUR_WEAK_OIT_ITEMS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(saved.id())).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DIVISION_HEAD", "HR_OFFICER", "ADMIN", "SYSTEM_ADMIN"})
    void otherRolesAreRefused(String role) {
        fixtures.signIn("coordinator");
        Long saved = service.save(wangThonglang2565, "OIT", FOUR_WEAK_OIT_ITEMS).id();

        signInAs(role);
        assertThatThrownBy(() -> service.project(wangThonglang2565, FOUR_WEAK_OIT_ITEMS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.scenario(saved)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(wangThonglang2565, "x", FOUR_WEAK_OIT_ITEMS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherOfficesExecutiveIsRefusedEverything() {
        fixtures.signIn("coordinator");
        Long saved = service.save(wangThonglang2565, "OIT", FOUR_WEAK_OIT_ITEMS).id();

        fixtures.signIn("director.nongchok");
        assertThatThrownBy(() -> service.project(wangThonglang2565, FOUR_WEAK_OIT_ITEMS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.scenarios(wangThonglang2565)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.scenario(saved)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(wangThonglang2565, "x", FOUR_WEAK_OIT_ITEMS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(saved)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.mayProject(wangThonglang2565.getOffice())).isFalse();

        fixtures.signIn("director");
        assertThat(service.scenarios(wangThonglang2565)).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithAReason() {
        fixtures.signIn("director");
        assertThatThrownBy(() -> service.project(wangThonglang2565, Map.of("O99", HUNDRED)))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey",
                        "projection.error.unknownItem");
        assertThatThrownBy(() -> service.project(wangThonglang2565, Map.of("O9", new BigDecimal("100.5"))))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey",
                        "projection.error.range");
        assertThatThrownBy(() -> service.save(wangThonglang2565, " ", FOUR_WEAK_OIT_ITEMS))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey",
                        "projection.error.name");
        assertThatThrownBy(() -> service.save(wangThonglang2565, "ว่าง", Map.of()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey",
                        "projection.error.noItems");
        assertThat(service.scenarios(wangThonglang2565)).isEmpty();
    }
}
