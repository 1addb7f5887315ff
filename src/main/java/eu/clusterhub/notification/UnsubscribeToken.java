package eu.clusterhub.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a one-click unsubscribe link: {@code {account}.{scope}.{issued}.{signature}},
 * the signature an HMAC-SHA256 over the other three with the portal's secret. The scope is a
 * kind's code (mention), a delivery (immediately, daily, weekly: every kind mailed that way)
 * or "all". It needs no sign-in, names no address, and is good for {@link #VALID_DAYS} days
 * from its issue date; any change to it breaks the signature.
 */
public record UnsubscribeToken(long accountId, String scope, LocalDate issued) {

    public static final String ALL = "all";
    static final int VALID_DAYS = 400;

    public UnsubscribeToken {
        if (!isScope(scope)) {
            throw new IllegalArgumentException("Unknown unsubscribe scope " + scope);
        }
    }

    static boolean isScope(String scope) {
        return ALL.equals(scope) || NotificationKind.of(scope).isPresent()
                || Arrays.stream(Delivery.values()).anyMatch(d -> d != Delivery.NEVER && d.code().equals(scope));
    }

    public String sign(byte[] secret) {
        String payload = accountId + "." + scope + "." + issued.toEpochDay();
        return payload + "." + signature(secret, payload);
    }

    /** The token if it is well-formed, signed with this secret and not expired on {@code today}; else empty. */
    public static Optional<UnsubscribeToken> verify(String token, byte[] secret, LocalDate today) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !parts[0].matches("[1-9][0-9]{0,17}") || !parts[2].matches("[0-9]{1,9}") || !isScope(parts[1])) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        byte[] expected = signature(secret, payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        LocalDate issued = LocalDate.ofEpochDay(Long.parseLong(parts[2]));
        if (issued.isAfter(today.plusDays(1)) || issued.plusDays(VALID_DAYS).isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(new UnsubscribeToken(Long.parseLong(parts[0]), parts[1], issued));
    }

    /** The settings with this token's scope set to never. */
    public NotificationSettings applyTo(NotificationSettings settings) {
        NotificationSettings changed = settings;
        for (NotificationKind kind : NotificationKind.values()) {
            Delivery now = settings.delivery(kind);
            if (ALL.equals(scope) || kind.code().equals(scope) || now.code().equals(scope)) {
                changed = changed.with(kind, Delivery.NEVER);
            }
        }
        return changed;
    }

    private static String signature(byte[] secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("unsubscribe:" + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
