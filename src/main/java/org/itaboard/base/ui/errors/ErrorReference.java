package org.itaboard.base.ui.errors;

import java.security.SecureRandom;

/** Short numbers a user can read out on the phone (no 0/O, 1/I), unique enough to find one error in a day's log. */
final class ErrorReference {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    static String next() {
        StringBuilder out = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                out.append('-');
            }
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}
