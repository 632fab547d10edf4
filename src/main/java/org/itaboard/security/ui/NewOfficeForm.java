package org.itaboard.security.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.EnumSet;
import java.util.List;
import org.itaboard.base.ui.InvalidInput;
import org.itaboard.offices.domain.Role;
import org.itaboard.security.service.PasswordPolicy;
import org.itaboard.security.service.UserDetailsForm;

/**
 * What the system administrator types to set up an office: its code and names, and its first administrator's
 * account. {@link #read()} marks every empty required field and stops, or hands over what was typed; the
 * fields keep their values either way.
 */
class NewOfficeForm extends FormLayout {

    final TextField code = new TextField();
    final TextField nameTh = new TextField();
    final TextField nameEn = new TextField();
    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final TextField position = new TextField();
    final PasswordField password = new PasswordField();

    NewOfficeForm() {
        code.setLabel(getTranslation("office.code"));
        code.setHelperText(getTranslation("office.code.help"));
        nameTh.setLabel(getTranslation("office.nameTh"));
        nameEn.setLabel(getTranslation("office.nameEn"));
        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        fullName.setLabel(getTranslation("user.fullName"));
        position.setLabel(getTranslation("user.position"));
        password.setLabel(getTranslation("user.initialPassword"));
        password.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        for (TextFieldBase<?, String> field : required()) {
            field.setRequiredIndicatorVisible(true);
            field.addValueChangeListener(e -> field.setInvalid(false));
        }
        code.setMaxLength(40);
        nameTh.setMaxLength(200);
        nameEn.setMaxLength(200);
        H4 adminHeading = new H4(getTranslation("office.firstAdmin"));
        add(code, nameTh, nameEn, adminHeading, username, fullName, position, password);
        setColspan(adminHeading, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
    }

    /** What was typed, once every required field holds something; otherwise the empty ones are marked. */
    NewOffice read() {
        boolean complete = true;
        for (TextFieldBase<?, String> field : required()) {
            if (field.getValue().isBlank()) {
                field.setErrorMessage(getTranslation("validation.required"));
                field.setInvalid(true);
                complete = false;
            }
        }
        if (!complete) {
            throw new InvalidInput("validation.required");
        }
        UserDetailsForm admin = new UserDetailsForm(username.getValue(), fullName.getValue(),
                position.getValue().isBlank() ? null : position.getValue().strip(), null, true, EnumSet.of(Role.ADMIN));
        return new NewOffice(code.getValue(), nameTh.getValue(), nameEn.getValue(), admin, password.getValue());
    }

    private List<TextFieldBase<?, String>> required() {
        return List.of(code, nameTh, nameEn, username, fullName, password);
    }

    record NewOffice(String code, String nameTh, String nameEn, UserDetailsForm admin, String password) {
    }
}
