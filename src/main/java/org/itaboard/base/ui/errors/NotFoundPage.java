package org.itaboard.base.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** No such page (a mistyped address, a year the office does not have). Replaces the router's route list. */
@AnonymousAllowed
public class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundPage() {
        super("error.page.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(getTranslation("error.page.notFound.text"), null);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
