package org.itaboard.base.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the record a page was opened for (another office's measure, a form the user may not edit):
 * the same page as a route the user's roles do not allow.
 */
@AnonymousAllowed
public class RefusedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public RefusedPage() {
        super("error.page.denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(getTranslation("error.page.denied.text"), null);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
