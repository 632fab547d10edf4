package org.itaboard.measures.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.dashboard.ui.DashboardSection;
import org.itaboard.measures.service.MeasureChangeBroadcaster;
import org.itaboard.measures.service.MeasureService;
import org.springframework.core.annotation.Order;

/** Puts the measure cards (by status, by lead division, overdue work) on the executive dashboard, below the scores. */
@org.springframework.stereotype.Component
@Order(10)
class MeasuresDashboardSection implements DashboardSection {

    private final MeasureService service;
    private final MeasureChangeBroadcaster changes;

    MeasuresDashboardSection(MeasureService service, MeasureChangeBroadcaster changes) {
        this.service = service;
        this.changes = changes;
    }

    @Override
    public List<Component> cards(YearInView inView) {
        return List.of(new MeasureCards(service, changes, inView.office()));
    }
}
