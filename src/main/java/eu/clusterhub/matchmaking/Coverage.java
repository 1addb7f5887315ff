package eu.clusterhub.matchmaking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How much of a need an offer's capacity can deliver before the need's deadline: the
 * capacity accrues day by day from the end of the lead time until the deadline (a week's
 * capacity over seven days), and never counts for more than the need asks. A need smaller
 * than the offer's minimum order is not served at all: the supplier would not take it.
 *
 * @param quantity       how much of the need the offer covers, 0 to the need's quantity
 * @param share          that, as a share of the need, 0 to 1
 * @param completeBy     the day the whole need would be delivered, when that is by the deadline
 * @param belowMinimum   whether the need is smaller than the offer's minimum order
 */
public record Coverage(long quantity, double share, Optional<LocalDate> completeBy, boolean belowMinimum) {

    /** A production capacity: so much a week, the first delivery after a lead time, not below a minimum order. */
    public record Capacity(long perWeek, int leadTimeDays, long minimumOrder) {
        public Capacity {
            if (perWeek <= 0 || leadTimeDays < 0 || minimumOrder < 0) {
                throw new IllegalArgumentException("capacity per week > 0, lead time and minimum order >= 0");
            }
        }
    }

    /** A need: so much, by that day. */
    public record Demand(long quantity, LocalDate neededBy) {
        public Demand {
            if (quantity <= 0) {
                throw new IllegalArgumentException("a need asks for a positive quantity");
            }
        }
    }

    public static Coverage of(Capacity capacity, Demand demand, LocalDate today) {
        if (demand.quantity() < capacity.minimumOrder()) {
            return new Coverage(0, 0, Optional.empty(), true);
        }
        long productionDays = ChronoUnit.DAYS.between(today, demand.neededBy()) - capacity.leadTimeDays();
        if (productionDays <= 0) {
            return new Coverage(0, 0, Optional.empty(), false);
        }
        // long arithmetic: capacity × days cannot overflow for any quantity a form accepts
        long producible = Math.multiplyExact(capacity.perWeek(), productionDays) / 7;
        long covered = Math.min(producible, demand.quantity());
        Optional<LocalDate> completeBy = covered < demand.quantity() ? Optional.empty()
                : Optional.of(today.plusDays(capacity.leadTimeDays() + daysToProduce(capacity.perWeek(), demand.quantity())));
        return new Coverage(covered, (double) covered / demand.quantity(), completeBy, false);
    }

    /** Whole days to produce a quantity at a weekly rate (rounded up). */
    static long daysToProduce(long perWeek, long quantity) {
        return (Math.multiplyExact(quantity, 7L) + perWeek - 1) / perWeek;
    }

    public boolean complete() {
        return completeBy.isPresent();
    }

    /** The share as a whole percentage, rounded down: 99.6 % is not "100 %". */
    public int percent() {
        return (int) Math.floor(share * 100);
    }
}
