package eu.clusterhub.matchmaking;

import eu.clusterhub.platform.DateParameter;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a message and a pledge must be; pure, so the API and the pages refuse the same input. */
public final class ConversationRules {

    public static final int MAX_MESSAGE = 10_000;
    /** Far above any real quantity, far below an overflow of the need's sum. */
    public static final long MAX_PLEDGE = 1_000_000_000L;
    /** How far back a pledge may be dated (it was agreed before it was recorded), and ahead. */
    static final int MAX_DAYS_BACK = 366;
    static final int MAX_DAYS_AHEAD = 366;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\n\t]]");

    /** A checked pledge. */
    public record PledgeInput(long offerId, long quantity, LocalDate date) {
    }

    private ConversationRules() {
    }

    /** The message without control characters and outer blanks; refused when empty or too long. */
    public static String message(String text) {
        String clean = text == null ? "" : CONTROL.matcher(text.replace("\r\n", "\n")).replaceAll("").strip();
        if (clean.isEmpty()) {
            throw ValidationFailed.of("message", "Write a message");
        }
        if (clean.length() > MAX_MESSAGE) {
            throw ValidationFailed.of("message", String.format(Locale.ENGLISH, "Use at most %,d characters (this has %,d)",
                    MAX_MESSAGE, clean.length()));
        }
        return clean;
    }

    /** A pledge of so much from an offer, on a date (today when none is given). */
    public static PledgeInput pledge(Long offerId, String quantity, String date, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (offerId == null || offerId <= 0) {
            errors.add(new FieldError("offerId", "Choose the supplier's offer"));
        }
        long amount = 0;
        if (quantity == null || quantity.isBlank()) {
            errors.add(new FieldError("quantity", "Enter the pledged quantity"));
        } else {
            try {
                amount = Long.parseLong(quantity.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                amount = -1;
            }
            if (amount < 1 || amount > MAX_PLEDGE) {
                errors.add(new FieldError("quantity", String.format(Locale.ENGLISH, "Use a whole number from 1 to %,d", MAX_PLEDGE)));
            }
        }
        LocalDate on = today;
        if (date != null && !date.isBlank()) {
            int before = errors.size();
            LocalDate parsed = DateParameter.read(date, "date", errors);
            if (errors.size() == before) {
                if (parsed.isBefore(today.minusDays(MAX_DAYS_BACK)) || parsed.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
                    errors.add(new FieldError("date", "Choose a date within a year of today"));
                } else {
                    on = parsed;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new PledgeInput(offerId, amount, on);
    }
}
