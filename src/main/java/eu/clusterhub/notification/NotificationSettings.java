package eu.clusterhub.notification;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A member's mail settings: the hour of their digests (0-23) in their time zone (an IANA id
 * such as Europe/Rome), and for every kind how it is mailed. Kinds a member never chose take
 * {@link NotificationKind#defaultDelivery()}.
 */
public record NotificationSettings(int digestHour, ZoneId timeZone, Map<NotificationKind, Delivery> kinds) {

    public static final int DEFAULT_HOUR = 8;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Brussels");
    private static final Set<String> FIELDS = Set.of("digestHour", "timeZone", "kinds");

    public NotificationSettings {
        EnumMap<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, kinds.getOrDefault(kind, kind.defaultDelivery()));
        }
        kinds = java.util.Collections.unmodifiableMap(all);
    }

    public static NotificationSettings defaults() {
        return new NotificationSettings(DEFAULT_HOUR, DEFAULT_ZONE, Map.of());
    }

    public Delivery delivery(NotificationKind kind) {
        return kinds.get(kind);
    }

    /** The same settings with one kind changed. */
    public NotificationSettings with(NotificationKind kind, Delivery delivery) {
        EnumMap<NotificationKind, Delivery> changed = new EnumMap<>(kinds);
        changed.put(kind, delivery);
        return new NotificationSettings(digestHour, timeZone, changed);
    }

    /**
     * These settings changed by a request body: {digestHour, timeZone, kinds:{code: delivery}};
     * what the body leaves out stays as it is. Every offending field is named at once; nothing
     * is changed unless all are right.
     */
    public NotificationSettings changedBy(JsonValue body) {
        if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ValidationFailed.of("body", "Send a JSON object like {\"digestHour\": 8, \"timeZone\": \"Europe/Rome\","
                    + " \"kinds\": {\"mention\": \"immediately\"}}");
        }
        JsonObject json = body.asJsonObject();
        List<ValidationFailed.FieldError> errors = new ArrayList<>();
        json.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> errors.add(new ValidationFailed.FieldError(k, "Unknown field; use digestHour, timeZone and kinds")));
        int hour = digestHour;
        JsonValue h = json.get("digestHour");
        if (h != null) {
            if (h.getValueType() != JsonValue.ValueType.NUMBER || !json.getJsonNumber("digestHour").isIntegral()
                    || json.getJsonNumber("digestHour").longValue() < 0 || json.getJsonNumber("digestHour").longValue() > 23) {
                errors.add(new ValidationFailed.FieldError("digestHour", "Must be a whole hour from 0 to 23"));
            } else {
                hour = json.getJsonNumber("digestHour").intValue();
            }
        }
        ZoneId zone = timeZone;
        JsonValue z = json.get("timeZone");
        if (z != null) {
            Optional<ZoneId> parsed = z.getValueType() == JsonValue.ValueType.STRING ? zone(((JsonString) z).getString()) : Optional.empty();
            if (parsed.isEmpty()) {
                errors.add(new ValidationFailed.FieldError("timeZone", "Must be a time zone such as Europe/Rome (an IANA id)"));
            } else {
                zone = parsed.get();
            }
        }
        EnumMap<NotificationKind, Delivery> changed = new EnumMap<>(kinds);
        JsonValue k = json.get("kinds");
        if (k != null) {
            if (k.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(new ValidationFailed.FieldError("kinds", "Must be an object like {\"mention\": \"immediately\"}"));
            } else {
                for (Map.Entry<String, JsonValue> entry : k.asJsonObject().entrySet()) {
                    Optional<NotificationKind> kind = NotificationKind.of(entry.getKey());
                    Optional<Delivery> delivery = entry.getValue().getValueType() == JsonValue.ValueType.STRING
                            ? delivery(((JsonString) entry.getValue()).getString()) : Optional.empty();
                    if (kind.isEmpty()) {
                        errors.add(new ValidationFailed.FieldError("kinds." + entry.getKey(), "Unknown kind; the kinds are "
                                + String.join(", ", Arrays.stream(NotificationKind.values()).map(NotificationKind::code).toList())));
                    } else if (delivery.isEmpty()) {
                        errors.add(new ValidationFailed.FieldError("kinds." + entry.getKey(),
                                "Must be one of immediately, daily, weekly, never"));
                    } else {
                        changed.put(kind.get(), delivery.get());
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new NotificationSettings(hour, zone, changed);
    }

    /** A region id the JDK knows (Europe/Rome, UTC); fixed offsets like +02:00 are refused, as they ignore summer time. */
    public static Optional<ZoneId> zone(String id) {
        return id != null && ZoneId.getAvailableZoneIds().contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
    }

    public static Optional<Delivery> delivery(String code) {
        return Arrays.stream(Delivery.values()).filter(d -> d.code().equals(code)).findFirst();
    }

    /** As the API shows them, every kind named. */
    public JsonObject toJson() {
        JsonObjectBuilder byKind = Jsons.object();
        kinds.forEach((kind, delivery) -> byKind.add(kind.code(), delivery.code()));
        return Jsons.object().add("digestHour", digestHour).add("timeZone", timeZone.getId()).add("kinds", byKind).build();
    }

    /** The stored kinds column: only what differs from the defaults, so a later change of a default reaches everyone else. */
    String storedKinds() {
        JsonObjectBuilder byKind = Jsons.object();
        kinds.forEach((kind, delivery) -> {
            if (delivery != kind.defaultDelivery()) {
                byKind.add(kind.code(), delivery.code());
            }
        });
        return byKind.build().toString();
    }

    /** From the stored row; kinds or values no longer known fall back to the defaults. */
    static NotificationSettings stored(int hour, String zoneId, String kindsJson) {
        EnumMap<NotificationKind, Delivery> kinds = new EnumMap<>(NotificationKind.class);
        if (kindsJson != null && !kindsJson.isBlank()) {
            try (var reader = Jsons.reader(new StringReader(kindsJson))) {
                reader.readObject().forEach((code, value) -> NotificationKind.of(code).ifPresent(kind -> {
                    if (value.getValueType() == JsonValue.ValueType.STRING) {
                        delivery(((JsonString) value).getString()).ifPresent(d -> kinds.put(kind, d));
                    }
                }));
            }
        }
        return new NotificationSettings(Math.max(0, Math.min(23, hour)), zone(zoneId).orElse(DEFAULT_ZONE), kinds);
    }
}
