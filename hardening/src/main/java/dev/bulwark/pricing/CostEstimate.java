package dev.bulwark.pricing;

import java.math.BigDecimal;
import java.util.List;

/** An itemised monthly estimate and the date of the prices behind it. */
public record CostEstimate(List<Line> lines, BigDecimal monthlyTotal, String currency, String pricesRecorded) {
    public CostEstimate {
        lines = List.copyOf(lines);
    }

    public record Line(String item, int quantity, BigDecimal monthly, String note) {
    }
}
