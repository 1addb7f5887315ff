package eu.clusterhub.moderation;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.platform.ResultPage;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.format.DateTimeFormatter;

/** The audit log's entries as the API gives them. */
final class AuditJson {

    private AuditJson() {
    }

    static JsonObject page(ResultPage<AuditRow> page) {
        JsonArrayBuilder items = Jsons.array();
        page.items().forEach(r -> items.add(Jsons.object()
                .add("id", r.id())
                .add("at", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(r.at()) + "Z")
                .add("actor", Jsons.object().add("id", r.actorId()).add("name", r.actorName()))
                .add("action", r.action())
                .add("targetType", r.targetType())
                .add("targetId", r.targetId())
                .add("reason", text(r.reason()))
                .add("before", text(r.before()))
                .add("after", text(r.after()))));
        return Jsons.object().add("total", page.total()).add("page", page.page()).add("size", page.size()).add("items", items).build();
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Jsons.value(value);
    }
}
