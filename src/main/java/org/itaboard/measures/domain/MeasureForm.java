package org.itaboard.measures.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.itaboard.fiscalyear.domain.FiscalYear;

/**
 * What a person edits on a measure, apart from the entity: the value of each {@link MeasureField}.
 * The form keeps it when a save is refused, and {@link #describe()} gives the field-by-field text used
 * for the audit trail, the sign-off snapshot and the "what changed meanwhile" comparison after an
 * optimistic-lock refusal.
 */
public class MeasureForm {

    private final Long id;
    private long version;
    private FiscalYear fiscalYear;
    private final Map<MeasureField<?>, Object> values = new HashMap<>();
    /** The values as loaded (described), to tell what the person edited from what someone else changed meanwhile. */
    private Map<String, String> loaded;

    /** A form for a new measure, starting from a new measure's values (monthly, budget not known yet). */
    public MeasureForm() {
        this(null, 0, new Measure(null, null));
    }

    private MeasureForm(Long id, long version, Measure source) {
        this.id = id;
        this.version = version;
        this.fiscalYear = source.getFiscalYear();
        MeasureField.all().forEach(field -> field.copy(source, this));
        this.loaded = describe();
    }

    public static MeasureForm of(Measure m) {
        return new MeasureForm(m.getId(), m.getVersion(), m);
    }

    @SuppressWarnings("unchecked") // set(…) only stores a field's own type
    public <T> T get(MeasureField<T> field) {
        return (T) values.get(field);
    }

    public <T> void set(MeasureField<T> field, T value) {
        values.put(field, value);
    }

    /** Copies the values onto the entity; those that assign the work only when {@code assign} is allowed. */
    public void applyTo(Measure m, boolean assign) {
        for (MeasureField<?> field : MeasureField.all()) {
            if (assign || !field.isAssignment()) {
                field.copy(this, m);
            }
        }
    }

    /** Field name → value as language-neutral text, in form order (see {@link MeasureField}). */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        MeasureField.all().forEach(field -> out.put(field.name(), field.describe(this)));
        return out;
    }

    /** The fields the person changed since the form was loaded (or last based on the stored measure). */
    public List<MeasureField<?>> edited() {
        Map<String, String> now = describe();
        return MeasureField.all().stream().filter(f -> !Objects.equals(now.get(f.name()), loaded.get(f.name()))).toList();
    }

    /**
     * The fields both this form and {@code current} (the measure as someone else saved it meanwhile) changed, to
     * different values: only these need the person to choose. A field only one side changed takes that side.
     */
    public List<MeasureField<?>> conflictsWith(MeasureForm current) {
        Map<String, String> mine = describe();
        Map<String, String> theirs = current.describe();
        return edited().stream()
                .filter(f -> !Objects.equals(theirs.get(f.name()), loaded.get(f.name())))
                .filter(f -> !Objects.equals(theirs.get(f.name()), mine.get(f.name())))
                .toList();
    }

    /**
     * Moves the form onto {@code current}: every field the person did not edit takes its current value, edited ones
     * keep the person's, and the version is the current one, so a save writes exactly the person's edits.
     */
    public void rebaseOnto(MeasureForm current) {
        List<MeasureField<?>> edited = edited();
        MeasureField.all().stream().filter(f -> !edited.contains(f)).forEach(f -> values.put(f, current.values.get(f)));
        version = current.version;
        loaded = current.describe();
    }

    /** The person chose someone else's value for {@code field} (from {@code current}) over their own. */
    public void take(MeasureField<?> field, MeasureForm current) {
        values.put(field, current.values.get(field));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(FiscalYear fiscalYear) {
        this.fiscalYear = fiscalYear;
    }
}
