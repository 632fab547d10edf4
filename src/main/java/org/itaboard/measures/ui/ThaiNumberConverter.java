package org.itaboard.measures.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import org.itaboard.base.domain.ThaiDigits;

/** A text field's value as a number, accepting Thai digits ("๘๐") as typed on Thai keyboards. */
class ThaiNumberConverter implements Converter<String, BigDecimal> {

    private final String errorMessage;

    ThaiNumberConverter(String errorMessage) {
        this.errorMessage = errorMessage;
    }

    @Override
    public Result<BigDecimal> convertToModel(String value, ValueContext context) {
        try {
            return Result.ok(ThaiDigits.parseNumber(value));
        } catch (IllegalArgumentException e) {
            return Result.error(errorMessage);
        }
    }

    @Override
    public String convertToPresentation(BigDecimal value, ValueContext context) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
