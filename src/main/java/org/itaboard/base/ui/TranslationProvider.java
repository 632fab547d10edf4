package org.itaboard.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Thai first: {@code i18n/messages.properties} is Thai and the fallback for every key;
 * {@code messages_en.properties} holds English. The JVM's default locale never plays a part.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(THAI, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return key;
        }
    }

    public static Locale localeOf(String language) {
        return "en".equals(language) ? ENGLISH : THAI;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale lookup = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup, NO_FALLBACK);
    }
}
