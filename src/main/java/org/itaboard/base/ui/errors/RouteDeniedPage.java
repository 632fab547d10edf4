package org.itaboard.base.ui.errors;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in user opened a page their roles do not allow (a division head typing /admin/users): the router's
 * access control reroutes here, in development and in production alike.
 */
@AnonymousAllowed
public class RouteDeniedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public RouteDeniedPage() {
        super("error.page.denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(getTranslation("error.page.denied.text"), null);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
