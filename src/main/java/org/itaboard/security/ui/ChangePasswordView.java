package org.itaboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.itaboard.base.service.BusinessRuleException;
import org.itaboard.base.ui.Notifications;
import org.itaboard.base.ui.ViewHeader;
import org.itaboard.security.service.AccountService;
import org.itaboard.security.service.PasswordPolicy;

/**
 * Every user changes their own password here (from the user menu), and must do so after an administrator set it:
 * until then {@link MainLayout} sends every navigation here. A refusal keeps what was typed.
 */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    ChangePasswordView(AccountService accounts) {
        setMaxWidth("40rem");
        current.setLabel(getTranslation("account.currentPassword"));
        current.setId("current-password");
        chosen.setLabel(getTranslation("account.newPassword"));
        chosen.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        chosen.setId("new-password");
        repeated.setLabel(getTranslation("account.repeatPassword"));
        repeated.setId("repeat-password");
        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Button save = new Button(getTranslation("account.changePassword"), VaadinIcon.KEY.create(), e -> {
            try {
                accounts.changePassword(current.getValue(), chosen.getValue(), repeated.getValue());
                Notifications.success(getTranslation("account.passwordChanged"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (BusinessRuleException refused) {
                Notifications.showRefusal(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password");

        add(new ViewHeader(getTranslation("account.changePassword"), getTranslation("account.description")));
        if (accounts.passwordChangeRequired()) {
            Paragraph required = new Paragraph(getTranslation("account.changeRequired"));
            required.setId("password-change-required");
            required.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.PRIMARY_10,
                    LumoUtility.BorderRadius.MEDIUM);
            add(required);
        }
        add(form, save);
        // Scripts sign in with a personal token, not with this password.
        RouterLink apiTokens = new RouterLink(getTranslation("tokens.link"), ApiTokensView.class);
        apiTokens.setId("open-api-tokens");
        add(new Paragraph(apiTokens));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.changePassword");
    }
}
