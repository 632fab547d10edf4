package org.itaboard.security.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.itaboard.base.service.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '          '                 | user.error.passwordBlank
            short-pw1                    | user.error.passwordTooShort
            สั้นไป                       | user.error.passwordTooShort
            Password123                  | user.error.passwordCommon
            QWERTYUIOP                   | user.error.passwordCommon
            head.works-2570              | user.error.passwordHasUsername
            my-HEAD.WORKS-pass           | user.error.passwordHasUsername
            """)
    void refusesWithTheRuleItBreaks(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check("head.works", password))
                .isInstanceOf(BusinessRuleException.class).hasMessage(key);
    }

    @Test
    void bcryptsLimitIs72BytesSo24ThaiCharactersPassAnd25AreRefusedWithTheByteCount() {
        String thai24 = "รหัสผ่านภาษาไทยยาวพอดีเลย".substring(0, 24);
        assertThatCode(() -> PasswordPolicy.check("head.works", thai24)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("head.works", "a".repeat(72))).doesNotThrowAnyException();

        assertThatThrownBy(() -> PasswordPolicy.check("head.works", thai24 + "ก"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.getMessageKey()).isEqualTo("user.error.passwordTooLong");
                    org.assertj.core.api.Assertions.assertThat(e.getArguments()).containsExactly(72, 75);
                });
        assertThatThrownBy(() -> PasswordPolicy.check("head.works", "a".repeat(73)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.passwordTooLong");
    }

    @Test
    void tenCharactersThatBreakNoRuleAreAccepted() {
        assertThatCode(() -> PasswordPolicy.check("head.works", "river-7-Oak")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("head.works", "ต้นไม้ริมน้ำ")).doesNotThrowAnyException();
    }
}
