package org.itaboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.itaboard.security.domain.ApiTokenSecret;
import org.junit.jupiter.api.Test;

/** The secret's form (itab_ + 32 random bytes base64url), its SHA-256 hash and what of it may be shown. */
class ApiTokenSecretTest {

    @Test
    void aSecretIsItabAnd43Base64UrlCharactersOf32RandomBytes() {
        ApiTokenSecret secret = ApiTokenSecret.generate();

        assertThat(secret.value()).startsWith("itab_").hasSize(48).matches("itab_[A-Za-z0-9_-]{43}");
        assertThat(java.util.Base64.getUrlDecoder().decode(secret.value().substring(5))).hasSize(32);
        assertThat(ApiTokenSecret.isWellFormed(secret.value())).isTrue();
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ApiTokenSecret.generate().value())).isTrue();
        }
    }

    @Test
    void theHashIsTheLowercaseHexSha256OfTheSecret() {
        // sha256("itab_" + 43 × "A"), computed independently (Python's hashlib).
        assertThat(ApiTokenSecret.hash("itab_" + "A".repeat(43)))
                .isEqualTo("9fe3d23ce8ec0f1d83955f8b7a4d7530bbfca0ab046df967e5ca4a78e21ab99a");
        ApiTokenSecret secret = ApiTokenSecret.generate();
        assertThat(secret.hash()).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(ApiTokenSecret.hash(secret.value()))
                .doesNotContain(secret.value().substring(5));
    }

    @Test
    void onlyTheMarkAndSixCharactersAreShownAndNeverTheSecretByAccident() {
        ApiTokenSecret secret = ApiTokenSecret.generate();

        assertThat(secret.prefix()).hasSize(11).isEqualTo(secret.value().substring(0, 11));
        assertThat(secret.toString()).isEqualTo(secret.prefix() + "…").doesNotContain(secret.value());
    }

    @Test
    void anythingElseIsNotASecret() {
        assertThat(ApiTokenSecret.isWellFormed(null)).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("")).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("itab_" + "A".repeat(42))).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("itab_" + "A".repeat(44))).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("ITAB_" + "A".repeat(43))).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("itab_" + "A".repeat(42) + "=")).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("itab_" + "A".repeat(42) + "+")).isFalse();
        assertThat(ApiTokenSecret.isWellFormed("demo1234")).isFalse();
    }
}
