package org.itaboard.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.JsonObject;
import org.itaboard.test.KaribuTest;
import org.junit.jupiter.api.Test;

/** The login page after a sign-in refused because the application was still starting (StartupSignInGate). */
class LoginViewTest extends KaribuTest {

    @Test
    void saysTheApplicationIsStarting() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("starting"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        JsonObject error = ((JsonObject) form.getElement().getPropertyRaw("i18n")).getObject("errorMessage");
        assertThat(error.getString("title")).isEqualTo("ระบบกำลังเริ่มทำงาน");
        assertThat(error.getString("message")).startsWith("ITA Board กำลังเริ่มทำงาน");
    }
}
