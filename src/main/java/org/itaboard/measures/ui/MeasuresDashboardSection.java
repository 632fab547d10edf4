package org.itaboard.measures.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.dashboard.ui.DashboardSection;
import org.itaboard.measures.service.LiveMeasureOverview;
import org.itaboard.measures.service.MeasureService;
import org.springframework.core.annotation.Order;

/** Puts the measure cards (by status, by lead division, overdue work) on the executive dashboard, below the scores. */
@org.springframework.stereotype.Component
@Order(10)
class MeasuresDashboardSection implements DashboardSection {

    private final MeasureService service;
    private final LiveMeasureOverview live;

    MeasuresDashboardSection(MeasureService service, LiveMeasureOverview live) {
        this.service = service;
        this.live = live;
    }

    @Override
    public List<Component> cards(YearInView inView) {
        return List.of(new MeasureCards(service, live, inView.office()));
    }
}
