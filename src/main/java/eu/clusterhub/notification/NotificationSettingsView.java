package eu.clusterhub.notification;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * /notification-settings: for each kind of notification, whether it is mailed at once, in the
 * daily or weekly digest, or never; the digests' hour and time zone. The same rules as
 * {@code PUT /api/me/notification-settings}, field errors shown at their inputs.
 */
@Named
@RequestScoped
public class NotificationSettingsView {

    @Inject
    private CurrentAccount me;

    @Inject
    private NotificationSettingsStore store;

    private List<Row> rows;
    private String digestHour;
    private String timeZone;

    /** One kind's line of the form. */
    public static class Row {
        private final NotificationKind kind;
        private String delivery;

        Row(NotificationKind kind, String delivery) {
            this.kind = kind;
            this.delivery = delivery;
        }

        public String getCode() {
            return kind.code();
        }

        public String getLabel() {
            String about = MailText.about(kind);
            return Character.toUpperCase(about.charAt(0)) + about.substring(1);
        }

        public boolean isAddressed() {
            return kind.isAddressed();
        }

        public String getDelivery() {
            return delivery;
        }

        public void setDelivery(String delivery) {
            this.delivery = delivery;
        }
    }

    private NotificationSettings current() {
        return store.of(me.require().getId());
    }

    public List<Row> getRows() {
        if (rows == null) {
            NotificationSettings s = current();
            rows = new ArrayList<>();
            for (NotificationKind kind : NotificationKind.values()) {
                rows.add(new Row(kind, s.delivery(kind).code()));
            }
        }
        return rows;
    }

    public List<String> getDeliveries() {
        return List.of("immediately", "daily", "weekly", "never");
    }

    /** The hours as the form sends them ("0" to "23"): text, so no converter stands between the form and the rules. */
    public List<String> getHours() {
        return IntStream.range(0, 24).mapToObj(Integer::toString).toList();
    }

    public String getDigestHour() {
        if (digestHour == null) {
            digestHour = Integer.toString(current().digestHour());
        }
        return digestHour;
    }

    public void setDigestHour(String digestHour) {
        this.digestHour = digestHour;
    }

    public String getTimeZone() {
        if (timeZone == null) {
            timeZone = current().timeZone().getId();
        }
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public void save() {
        Map<String, String> inputs = new HashMap<>();
        inputs.put("digestHour", "settings:digestHour");
        inputs.put("timeZone", "settings:timeZone");
        FacesMessages.attempt(inputs, () -> {
            JsonObjectBuilder kinds = Jsons.object();
            // a choice the form did not send stays as it is
            getRows().stream().filter(r -> r.getDelivery() != null && !r.getDelivery().isBlank())
                    .forEach(r -> kinds.add(r.getCode(), r.getDelivery()));
            JsonObjectBuilder body = Jsons.object().add("kinds", kinds).add("timeZone", timeZone == null ? "" : timeZone.strip());
            if (digestHour != null && digestHour.matches("[0-9]{1,2}")) {
                body.add("digestHour", Integer.parseInt(digestHour));
            } else if (digestHour != null) {
                body.add("digestHour", digestHour); // refused by the rules, with their message
            }
            long id = me.require().getId();
            store.save(id, current().changedBy(body.build()));
            FacesMessages.info("Your mail settings are saved.");
        });
    }
}
