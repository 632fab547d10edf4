package org.itaboard.meetings.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.itaboard.fiscalyear.service.YearInView;
import org.itaboard.dashboard.ui.DashboardSection;
import org.itaboard.meetings.service.MeetingService;
import org.itaboard.measures.service.MeasureChangeBroadcaster;
import org.itaboard.measures.service.MeasureService;
import org.springframework.core.annotation.Order;

/** Puts the "this week" card (the next meeting, its agenda live, open tasks by division) on the executive dashboard. */
@org.springframework.stereotype.Component
@Order(5)
class ThisWeekSection implements DashboardSection {

    private final MeetingService meetings;
    private final MeasureService measures;
    private final MeasureChangeBroadcaster changes;

    ThisWeekSection(MeetingService meetings, MeasureService measures, MeasureChangeBroadcaster changes) {
        this.meetings = meetings;
        this.measures = measures;
        this.changes = changes;
    }

    @Override
    public List<Component> cards(YearInView inView) {
        return List.of(new ThisWeekCard(meetings, measures, changes, inView.office()));
    }
}
