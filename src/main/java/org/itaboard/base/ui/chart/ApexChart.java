package org.itaboard.base.ui.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An ApexCharts chart as a Flow component, our own because the ApexCharts add-on is not on Maven
 * Central and lacks what the board needs: options as Jackson JSON, live updates, point clicks on the
 * server, the Thai locale and correct sizing inside dialogs and tabs.
 *
 * <p>The server keeps the whole options JSON and sends it to the browser as the {@code config}
 * property, so the chart is drawn again from the latest state whenever the element is attached
 * anew (navigating back, moving it into a dialog). Changes made while attached go to the existing
 * ApexCharts instance ({@code updateSeries}/{@code updateOptions}) instead of re-creating it, and
 * without animation: only the first drawing animates, so a live refresh changes the numbers on
 * screen without a flicker. The browser draws the chart only once
 * the element has a non-zero width and follows its size, so it measures correctly in a dialog or a
 * tab that is not visible yet.
 *
 * <p>Category labels, series names and slice labels are text, whatever they contain: the browser
 * side escapes them where ApexCharts writes HTML (tooltip, legend) and leaves them as they are
 * where it draws SVG text (axes), so a division named {@code "ฝ่ายโยธา<img …>"} reads the same
 * everywhere and runs nowhere.
 *
 * <p>The default size is the full width and 320px high; change it with {@link #setHeight} and
 * {@link #setWidth}. Month names, toolbar texts and number formats follow the UI locale: English
 * for an English UI, Thai otherwise.
 */
@Tag("ita-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/apex-chart.js")
public class ApexChart extends Component implements HasSize, HasStyle, LocaleChangeObserver {

    static final String CONFIG_PROPERTY = "config";
    static final String LOCALE_PROPERTY = "locale";
    static final String DEFAULT_LOCALE = "th";

    private ObjectNode options = JsonNodeFactory.instance.objectNode();

    /** An empty chart; give it options with {@link #setOptions(ChartOptions)}. */
    public ApexChart() {
        setWidth("100%");
        setHeight("320px");
        getElement().setProperty(LOCALE_PROPERTY, DEFAULT_LOCALE);
        syncConfig();
    }

    /** A chart drawn from the given options. */
    public ApexChart(ChartOptions options) {
        this();
        setOptions(options);
    }

    /** Replaces all options; see {@link #setOptions(ObjectNode)}. */
    public void setOptions(ChartOptions options) {
        setOptions(options.toJson());
    }

    /**
     * Replaces all options with raw ApexCharts options, the escape hatch for anything
     * {@link ChartOptions} does not cover. A chart already on screen is drawn anew, because
     * ApexCharts can only merge options into a live chart, not remove them.
     */
    public void setOptions(ObjectNode options) {
        this.options = Objects.requireNonNull(options, "options").deepCopy();
        syncConfig();
        if (isAttached()) {
            getElement().callJsFunction("recreate");
        }
    }

    /**
     * Merges the given options into the current ones, the same way ApexCharts' own
     * {@code updateOptions} does (objects merge key by key, everything else is replaced), and
     * updates a chart on screen in place.
     */
    public void updateOptions(ObjectNode changes) {
        Objects.requireNonNull(changes, "changes");
        merge(options, changes);
        syncConfig();
        if (isAttached()) {
            getElement().callJsFunction("updateOptions", changes.toString());
        }
    }

    /** Replaces the data; see {@link #setSeries(List)}. */
    public void setSeries(ChartSeries... series) {
        setSeries(List.of(series));
    }

    /**
     * Replaces the data, keeping all other options, and updates a chart on screen in place with
     * ApexCharts' {@code updateSeries}, e.g. when a division submits new scores.
     */
    public void setSeries(List<ChartSeries> series) {
        ArrayNode json = ChartSeries.toJson(getType(), series);
        options.set("series", json);
        syncConfig();
        if (isAttached()) {
            getElement().callJsFunction("updateSeries", json.toString());
        }
    }

    /** A copy of the current options JSON, including the series. */
    public ObjectNode getOptions() {
        return options.deepCopy();
    }

    /** The chart type from the current options. */
    public ChartType getType() {
        return ChartType.fromApexName(options.path("chart").path("type").asText(null));
    }

    /** The ApexCharts locale in use, {@code "th"} or {@code "en"}. */
    public String getChartLocale() {
        return getElement().getProperty(LOCALE_PROPERTY, DEFAULT_LOCALE);
    }

    /**
     * Listens for clicks on a bar, slice or line marker (line and area charts need
     * {@link ChartOptions#markers(int)} for this).
     */
    public Registration addDataPointClickListener(ComponentEventListener<DataPointClickEvent> listener) {
        return addListener(DataPointClickEvent.class, listener);
    }

    /** Listens for clicks on a category label of the x axis, e.g. to open that division. */
    public Registration addXAxisLabelClickListener(ComponentEventListener<XAxisLabelClickEvent> listener) {
        return addListener(XAxisLabelClickEvent.class, listener);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        applyLocale(event.getLocale());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        applyLocale(attachEvent.getUI().getLocale());
    }

    /** The ApexCharts locale for a UI locale: English for English, Thai for everything else. */
    static String chartLocale(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : DEFAULT_LOCALE;
    }

    private void applyLocale(Locale locale) {
        getElement().setProperty(LOCALE_PROPERTY, chartLocale(locale));
    }

    private void syncConfig() {
        getElement().setProperty(CONFIG_PROPERTY, options.toString());
    }

    private static void merge(ObjectNode target, ObjectNode changes) {
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            JsonNode current = target.get(change.getKey());
            if (current instanceof ObjectNode currentObject && change.getValue() instanceof ObjectNode changeObject) {
                merge(currentObject, changeObject);
            } else {
                target.set(change.getKey(), change.getValue().deepCopy());
            }
        }
    }
}
