package org.itaboard.base.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.itaboard.base.service.BusinessRuleException;

/** A service refused to open what the address asks for, for a reason the user can read (a year that does not exist). */
@AnonymousAllowed
public class RuleRefusedPage extends ErrorPage implements HasErrorParameter<BusinessRuleException> {

    public RuleRefusedPage() {
        super("error.page.refused.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<BusinessRuleException> parameter) {
        BusinessRuleException refusal = (BusinessRuleException) parameter.getCaughtException();
        show(getTranslation(refusal.getMessageKey(), refusal.getArguments()), null);
        return HttpServletResponse.SC_BAD_REQUEST;
    }
}
