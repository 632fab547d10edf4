package org.itaboard.security.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API token: {@value #MARK} followed by 32 random bytes in base64url without padding (43
 * characters), 48 characters in all. The mark lets secret scanners and people recognise it; the random part makes
 * it unguessable, so a fast SHA-256 hash is all that is stored and looked up (a slow password hash would protect
 * nothing here and cost every API call its time).
 */
public final class ApiTokenSecret {

    public static final String MARK = "itab_";
    static final int RANDOM_BYTES = 32;
    /** How much of the secret the token list shows: the mark and six random characters. */
    public static final int PREFIX_LENGTH = MARK.length() + 6;
    private static final Pattern FORMAT = Pattern.compile(Pattern.quote(MARK) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private ApiTokenSecret(String value) {
        this.value = value;
    }

    /** A new secret from the system's strong random source. */
    public static ApiTokenSecret generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return new ApiTokenSecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** Whether {@code text} has the form of a secret (anything else cannot be a token and is not looked up). */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    /** The lowercase hex SHA-256 of the secret's characters, as stored in {@code api_token.secret_hash}. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public String value() {
        return value;
    }

    public String hash() {
        return hash(value);
    }

    public String prefix() {
        return value.substring(0, PREFIX_LENGTH);
    }

    /** Never the secret itself: a secret must not end up in a log by accident. */
    @Override
    public String toString() {
        return prefix() + "…";
    }
}
