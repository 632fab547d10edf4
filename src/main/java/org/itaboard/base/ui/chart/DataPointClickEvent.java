package org.itaboard.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a data point (bar, slice, line marker) of an {@link ApexChart}, so that a view can
 * drill down into what was clicked.
 */
@DomEvent("data-point-click")
public class DataPointClickEvent extends ComponentEvent<ApexChart> {

    private final int seriesIndex;
    private final int dataPointIndex;
    private final String category;

    /** Created by Flow from the browser's {@code data-point-click} event. */
    public DataPointClickEvent(ApexChart source, boolean fromClient,
            @EventData("event.detail.seriesIndex") int seriesIndex,
            @EventData("event.detail.dataPointIndex") int dataPointIndex,
            @EventData("event.detail.category") String category) {
        super(source, fromClient);
        this.seriesIndex = seriesIndex;
        this.dataPointIndex = dataPointIndex;
        this.category = category;
    }

    /** The position of the clicked series in the chart's series; 0 for donut and radial bar charts. */
    public int getSeriesIndex() {
        return seriesIndex;
    }

    /** The position of the clicked value in its series, i.e. the category index. */
    public int getDataPointIndex() {
        return dataPointIndex;
    }

    /** The category (x-axis label, or slice label) of the clicked value; {@code null} if it has none. */
    public String getCategory() {
        return category;
    }
}
