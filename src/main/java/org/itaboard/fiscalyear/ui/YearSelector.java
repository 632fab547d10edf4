package org.itaboard.fiscalyear.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.service.YearInView;

/**
 * The one year selector of every page that has one: the office's years, newest first; choosing one
 * navigates to the same page for that year, so the URL always says what is shown.
 */
public class YearSelector extends Select<FiscalYear> {

    private final Class<? extends Component> page;
    private YearInView inView;
    private boolean ownOffice;

    public YearSelector(Class<? extends Component> page) {
        this.page = page;
        setLabel(getTranslation("year.selector"));
        setItemLabelGenerator(year -> String.valueOf(year.getBeYear()));
        setWidth("9rem");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().navigate(page, YearInViewResolver.query(inView, event.getValue().getBeYear(), ownOffice));
            }
        });
    }

    /** Shows the office's years with the page's year chosen. */
    public void show(YearInView inView, boolean ownOffice) {
        this.inView = inView;
        this.ownOffice = ownOffice;
        List<FiscalYear> newestFirst = new ArrayList<>(inView.years());
        Collections.reverse(newestFirst);
        setItems(newestFirst);
        inView.year().ifPresent(this::setValue);
    }

}
