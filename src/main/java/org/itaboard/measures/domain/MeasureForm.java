package org.itaboard.measures.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** A form for a new measure, starting from a new measure's values (monthly, budget not known yet). */
    public MeasureForm() {
        this(null, 0, new Measure(null, null));
    }

    private MeasureForm(Long id, long version, Measure source) {
        this.id = id;
        this.version = version;
        this.fiscalYear = source.getFiscalYear();
        MeasureField.all().forEach(field -> field.copy(source, this));
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

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** After the user chose to save over someone else's change: the version they have now seen. */
    public void setVersion(long version) {
        this.version = version;
    }

    public FiscalYear getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(FiscalYear fiscalYear) {
        this.fiscalYear = fiscalYear;
    }
}
