package org.itaboard.measures.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.itaboard.division.domain.Division;
import org.itaboard.fiscalyear.domain.Item;

/**
 * One thing a person edits on a measure, described once: how it is read from and written to the
 * entity and whether only the coordinator sets it. The form ({@link MeasureForm}), the history, the
 * approval snapshot and the "changed meanwhile" comparison all go through {@link #all()}: a new field is an entry here and a place in the form.
 */
public final class MeasureField<T> {

    private enum Trait {
        /** Decides who works on what (items, divisions): set by the coordinator only. */
        ASSIGNMENT
    }

    public static final MeasureField<String> TITLE = of("title", Measure::getTitle, Measure::setTitle);
    public static final MeasureField<Set<Item>> ITEMS = of("items", m -> new LinkedHashSet<>(m.getItems()),
            Measure::setItems, Trait.ASSIGNMENT);
    public static final MeasureField<String> WEAKNESS = of("weakness", Measure::getWeakness, Measure::setWeakness);
    public static final MeasureField<String> ACTIVITY = of("activity", Measure::getActivity, Measure::setActivity);
    public static final MeasureField<String> EXPECTED_OUTPUT = of("expectedOutput", Measure::getExpectedOutput,
            Measure::setExpectedOutput);
    public static final MeasureField<String> CHANNELS = of("channels", Measure::getChannels, Measure::setChannels);
    public static final MeasureField<Division> LEAD_DIVISION = of("leadDivision", Measure::getLeadDivision,
            Measure::setLeadDivision, Trait.ASSIGNMENT);
    public static final MeasureField<Set<Division>> SUPPORTING_DIVISIONS = of("supportingDivisions",
            m -> new LinkedHashSet<>(m.getSupportingDivisions()), Measure::setSupportingDivisions, Trait.ASSIGNMENT);
    public static final MeasureField<String> OWNER = of("owner", Measure::getOwner, Measure::setOwner);
    public static final MeasureField<String> MONITOR = of("monitor", Measure::getMonitor, Measure::setMonitor);
    public static final MeasureField<Frequency> FREQUENCY = of("frequency", Measure::getFrequency, Measure::setFrequency);
    public static final MeasureField<LocalDate> START_DATE = of("startDate", Measure::getStartDate, Measure::setStartDate);
    public static final MeasureField<LocalDate> DUE_DATE = of("dueDate", Measure::getDueDate, Measure::setDueDate);
    public static final MeasureField<Budget> BUDGET = of("budget", Measure::getBudget, Measure::setBudget);
    public static final MeasureField<Kpi> KPI = of("kpi", Measure::getKpi, Measure::setKpi);
    public static final MeasureField<String> RESULT = of("result", Measure::getResult, Measure::setResult);
    public static final MeasureField<String> PROBLEMS = of("problems", Measure::getProblems, Measure::setProblems);
    public static final MeasureField<String> RECOMMENDATIONS = of("recommendations", Measure::getRecommendations,
            Measure::setRecommendations);

    /** In the form's order, which is also the order of the history. */
    private static final List<MeasureField<?>> ALL = List.of(TITLE, ITEMS, WEAKNESS, ACTIVITY, EXPECTED_OUTPUT, CHANNELS,
            LEAD_DIVISION, SUPPORTING_DIVISIONS, OWNER, MONITOR, FREQUENCY, START_DATE, DUE_DATE, BUDGET, KPI, RESULT,
            PROBLEMS, RECOMMENDATIONS);

    private final String name;
    private final Function<Measure, T> read;
    private final BiConsumer<Measure, T> write;
    private final Set<Trait> traits;

    private MeasureField(String name, Function<Measure, T> read, BiConsumer<Measure, T> write, Set<Trait> traits) {
        this.name = name;
        this.read = read;
        this.write = write;
        this.traits = traits;
    }

    private static <T> MeasureField<T> of(String name, Function<Measure, T> read, BiConsumer<Measure, T> write,
            Trait... traits) {
        Set<Trait> set = EnumSet.noneOf(Trait.class);
        set.addAll(List.of(traits));
        return new MeasureField<>(name, read, write, set);
    }

    public static List<MeasureField<?>> all() {
        return ALL;
    }

    /** The name used in the history and the snapshot, and for the label. */
    public String name() {
        return name;
    }

    public String labelKey() {
        return "measure.field." + name;
    }

    public boolean isAssignment() {
        return traits.contains(Trait.ASSIGNMENT);
    }

    public T valueOf(Measure measure) {
        return read.apply(measure);
    }

    void copy(Measure from, MeasureForm to) {
        to.set(this, read.apply(from));
    }

    void copy(MeasureForm from, Measure to) {
        write.accept(to, from.get(this));
    }

    /**
     * The value as language-neutral text (codes, ISO dates, enum names), so the history reads right in
     * Thai and English alike; sets by code, sorted, so equal sets read alike. Blank is no value.
     */
    String describe(MeasureForm form) {
        String text = text(form.get(this));
        return text == null || text.isBlank() ? null : text;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(MeasureField::text).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof Item item) {
            return item.getCode();
        }
        if (value instanceof Division division) {
            return division.getCode();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Budget budget) {
            return budget.describe();
        }
        if (value instanceof Kpi kpi) {
            return kpi.describe();
        }
        return value.toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
