package org.itaboard.measures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.measures.domain.Measure;
import org.itaboard.measures.service.MeasureService;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.service.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A division head's work list: the measures their division leads or supports, late ones first, then what other
 * features add ({@link DivisionWorkSection}, e.g. the tasks from the executive meeting).
 */
@Route("my-division")
@Menu(order = 45, icon = "vaadin:briefcase", title = "nav.myDivision")
@RolesAllowed(Role.Names.DIVISION_HEAD)
public class MyDivisionView extends VerticalLayout implements HasDynamicTitle {

    MyDivisionView(MeasureService service, CurrentUser currentUser, ObjectProvider<DivisionWorkSection> sections) {
        setSizeFull();
        var division = currentUser.division();
        String description = division.map(d -> getTranslation("measures.myDivision.description", d.getName(getLocale())))
                .orElse(getTranslation("measures.myDivision.noDivision"));
        List<Component> more = sections.orderedStream().flatMap(s -> s.components().stream()).toList();
        List<Measure> mine = service.mine();
        if (mine.isEmpty()) {
            add(new ViewHeader(getTranslation("nav.myDivision"), description),
                    new Span(getTranslation(division.isPresent() ? "measures.myDivision.empty" : "measures.myDivision.noDivision")));
        } else {
            MeasureGrid grid = new MeasureGrid(service.today(), getTranslation("nav.myDivision"));
            grid.setItems(mine);
            if (more.isEmpty()) {
                grid.setSizeFull();
            } else {
                grid.setAllRowsVisible(true);
            }
            add(new ViewHeader(getTranslation("nav.myDivision"), description, grid.export().button("my-division.xlsx")),
                    grid);
        }
        more.forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myDivision");
    }
}
