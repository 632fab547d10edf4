package org.itaboard.base.domain;

import java.util.Locale;

/** Names and topics kept in Thai and, where known, English: Thai unless the user chose English. */
public final class Bilingual {

    private Bilingual() {
    }

    /** The English text for an English user when there is one, otherwise the Thai. */
    public static String pick(Locale locale, String thai, String english) {
        return locale != null && "en".equals(locale.getLanguage()) && english != null ? english : thai;
    }
}
