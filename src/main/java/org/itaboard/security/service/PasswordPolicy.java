package org.itaboard.security.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.itaboard.base.service.BusinessRuleException;

/**
 * What a new password must be, wherever it is set (an administrator's create or reset, the user's own change, the
 * first administrator from the environment): at least {@value #MIN_LENGTH} characters, not blank, not containing
 * the username, not one of the common passwords, and at most {@value #MAX_BYTES} bytes in UTF-8 — BCrypt ignores
 * everything after its 72nd byte, so a longer password would seem accepted and match on its first part only.
 * A Thai character is 3 bytes: 24 Thai characters fill the limit.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Refuses {@code password} for {@code username} with the first rule it breaks. */
    public static void check(String username, String password) {
        if (password == null || password.isBlank()) {
            throw new BusinessRuleException("user.error.passwordBlank");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new BusinessRuleException("user.error.passwordTooShort", MIN_LENGTH);
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new BusinessRuleException("user.error.passwordTooLong", MAX_BYTES, bytes);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            throw new BusinessRuleException("user.error.passwordHasUsername");
        }
        if (COMMON.contains(lower)) {
            throw new BusinessRuleException("user.error.passwordCommon");
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
