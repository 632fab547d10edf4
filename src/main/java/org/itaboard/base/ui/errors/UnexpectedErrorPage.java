package org.itaboard.base.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else that went wrong while opening a page: the user gets a short reference number, the log gets the
 * same number with the whole exception, so a call to support finds the cause without showing a stack trace.
 */
@AnonymousAllowed
public class UnexpectedErrorPage extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorPage.class);

    public UnexpectedErrorPage() {
        super("error.page.internal.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        LOG.error("Error reference {} opening /{}", reference, event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        show(getTranslation("error.page.internal.text"), reference);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
