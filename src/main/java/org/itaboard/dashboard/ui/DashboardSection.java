package org.itaboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.itaboard.fiscalyear.service.YearInView;

/**
 * Cards another feature adds to the executive dashboard below the scores, such as measures by status or overdue
 * work. Implement it as a Spring bean (use {@code @Order} to place it); it is asked for fresh cards each time the
 * dashboard opens, so it must not keep components itself.
 */
public interface DashboardSection {

    /** The cards for the office and year the dashboard shows. */
    List<Component> cards(YearInView inView);
}
