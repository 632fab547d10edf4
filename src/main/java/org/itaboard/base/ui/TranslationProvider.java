package org.itaboard.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Thai first: every feature keeps its texts in {@code i18n/<feature>.properties} (Thai, the
 * fallback for every key) and {@code i18n/<feature>_en.properties} (English). The JVM's default
 * locale never plays a part.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<String, String> thai;
    private final Map<String, String> english;

    /** Reads every bundle once, at start-up: a lookup is then one map access, not one per bundle. */
    TranslationProvider() {
        List<String> bundles;
        try {
            bundles = Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties"))
                    .map(r -> Objects.requireNonNull(r.getFilename()))
                    .filter(name -> !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the translation bundles", e);
        }
        thai = texts(bundles, Locale.ROOT);
        english = texts(bundles, ENGLISH);
    }

    /**
     * One language's texts from all bundles. An English bundle falls back to its Thai base key by key, and where
     * two bundles have the same key the first by name wins.
     */
    private static Map<String, String> texts(List<String> bundles, Locale locale) {
        Map<String, String> texts = new HashMap<>();
        for (String bundle : bundles) {
            ResourceBundle bundleTexts = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK);
            for (String key : bundleTexts.keySet()) {
                texts.putIfAbsent(key, bundleTexts.getString(key));
            }
        }
        return Map.copyOf(texts);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(THAI, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String pattern = (locale != null && "en".equals(locale.getLanguage()) ? english : thai).get(key);
        if (pattern != null) {
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        }
        log.warn("Missing translation '{}' for {}", key, locale);
        return key;
    }

    public static Locale localeOf(String language) {
        return "en".equals(language) ? ENGLISH : THAI;
    }
}
