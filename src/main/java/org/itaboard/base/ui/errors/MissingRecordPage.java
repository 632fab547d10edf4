package org.itaboard.base.ui.errors;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.itaboard.base.service.RecordNotFoundException;

/** A page for a record that does not exist (a measure id typed into the address): the same words as a missing page. */
@AnonymousAllowed
public class MissingRecordPage extends ErrorPage implements HasErrorParameter<RecordNotFoundException> {

    public MissingRecordPage() {
        super("error.page.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RecordNotFoundException> parameter) {
        show(getTranslation("error.page.notFound.text"), null);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
