package org.itaboard.scoring.service.imports;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors of one row, each with its column. */
final class RowCheck {

    private final int row;
    private final List<ImportError> errors = new ArrayList<>();

    RowCheck(int row) {
        this.row = row;
    }

    void error(String column, String key, Object... args) {
        errors.add(new ImportError(row, column, ImportMessage.of(key, args)));
    }

    List<ImportError> errors() {
        return errors;
    }
}
