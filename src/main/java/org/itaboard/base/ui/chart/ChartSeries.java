package org.itaboard.base.ui.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named data series. A {@code null} value is a missing point (a division that has not reported
 * yet): line and area charts leave a gap there instead of drawing a misleading zero.
 *
 * @param name the legend and tooltip name
 * @param data one value per category, {@code null} where the value is missing
 */
public record ChartSeries(String name, List<Number> data) {

    /** Copies {@code data} into an unmodifiable list that keeps {@code null}s. */
    public ChartSeries {
        Objects.requireNonNull(name, "name");
        data = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(data, "data")));
    }

    /** A series from values, {@code null} for missing points. */
    public static ChartSeries of(String name, Number... data) {
        return new ChartSeries(name, Arrays.asList(data));
    }

    /**
     * The ApexCharts {@code series} value for a chart of the given type: {@code [{name, data}]} for
     * axis charts; for donut and radial bar charts the first series' values as a plain array, with
     * missing values as 0 because those charts cannot draw a gap.
     */
    static ArrayNode toJson(ChartType type, List<ChartSeries> series) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode result = json.arrayNode();
        if (type.isAxisChart()) {
            for (ChartSeries s : series) {
                ObjectNode node = result.addObject().put("name", s.name());
                ArrayNode values = node.putArray("data");
                s.data().forEach(value -> values.add(toNode(value)));
            }
        } else if (!series.isEmpty()) {
            series.get(0).data().forEach(value -> result.add(value == null ? json.numberNode(0) : toNode(value)));
        }
        return result;
    }

    private static JsonNode toNode(Number value) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (value == null) {
            return json.nullNode();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return json.numberNode(value.longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return json.numberNode(decimal);
        }
        return json.numberNode(value.doubleValue());
    }
}
