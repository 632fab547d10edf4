package org.itaboard.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.itaboard.base.ui.TranslationProvider;
import org.itaboard.base.service.OfficeSettings;

/** Sign-in page, in Thai unless the visitor switches to English. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView(OfficeSettings office) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var logo = VaadinIcon.SCALE.create();
        logo.addClassNames(LumoUtility.TextColor.PRIMARY);
        logo.setSize("48px");
        H1 title = new H1("ITA Board");
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XXXLARGE);
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE, LumoUtility.TextAlignment.CENTER);
        Paragraph officeName = new Paragraph(office.officeName());
        officeName.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.NONE);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        Div card = new Div(logo, title, officeName, subtitle, login, languageSwitch());
        card.addClassNames("login-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.AlignItems.CENTER, LumoUtility.Padding.LARGE, LumoUtility.BorderRadius.LARGE,
                LumoUtility.Background.BASE, LumoUtility.BoxShadow.MEDIUM);
        add(card);
    }

    private HorizontalLayout languageSwitch() {
        Button thai = languageButton("ภาษาไทย", TranslationProvider.THAI);
        Button english = languageButton("English", TranslationProvider.ENGLISH);
        return new HorizontalLayout(thai, english);
    }

    private Button languageButton(String label, java.util.Locale locale) {
        Button button = new Button(label, e -> {
            UserLocaleInitializer.chooseForSession(VaadinSession.getCurrent(), locale.getLanguage());
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setEnabled(!locale.getLanguage().equals(getLocale().getLanguage()));
        return button;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("starting")) {
            // Sent here by StartupSignInGate: a sign-in before the application was ready, not counted.
            showError("login.starting");
        } else if (params.containsKey("error")) {
            login.setError(true);
        }
    }

    private void showError(String key) {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation(key + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(key + ".message"));
        login.setI18n(i18n);
        login.setError(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | ITA Board";
    }
}
