package org.itaboard.fiscalyear.service;

import java.util.List;
import org.itaboard.fiscalyear.domain.FiscalYear;
import org.itaboard.fiscalyear.domain.Indicator;
import org.itaboard.fiscalyear.domain.Item;
import org.itaboard.fiscalyear.domain.SubIndicator;

/** A year's item catalogue, loaded in one go for the tree, the grid and the engine. */
public record Catalogue(FiscalYear year, List<Indicator> indicators, List<SubIndicator> subIndicators, List<Item> items) {
}
