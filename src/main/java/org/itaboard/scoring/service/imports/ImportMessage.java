package org.itaboard.scoring.service.imports;

import java.util.Arrays;
import java.util.List;

/** A text to show, as a translation key and its arguments, so the screen and the API pick the language. */
public record ImportMessage(String key, List<Object> args) {

    public ImportMessage {
        args = List.copyOf(args);
    }

    public static ImportMessage of(String key, Object... args) {
        return new ImportMessage(key, Arrays.asList(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
