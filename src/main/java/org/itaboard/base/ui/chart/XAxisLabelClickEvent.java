package org.itaboard.base.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A click on a category label of an {@link ApexChart}'s x axis, which users expect to act like clicking its bars. */
@DomEvent("x-axis-label-click")
public class XAxisLabelClickEvent extends ComponentEvent<ApexChart> {

    private final int labelIndex;
    private final String category;

    /** Created by Flow from the browser's {@code x-axis-label-click} event. */
    public XAxisLabelClickEvent(ApexChart source, boolean fromClient,
            @EventData("event.detail.labelIndex") int labelIndex,
            @EventData("event.detail.category") String category) {
        super(source, fromClient);
        this.labelIndex = labelIndex;
        this.category = category;
    }

    /** The position of the clicked label among the categories. */
    public int getLabelIndex() {
        return labelIndex;
    }

    /** The clicked category label; {@code null} if the index has none. */
    public String getCategory() {
        return category;
    }
}
