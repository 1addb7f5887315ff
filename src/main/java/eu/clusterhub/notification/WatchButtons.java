package eu.clusterhub.notification;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * The Watch / Normal / Mute buttons of the thread page and the Every post / New threads /
 * Normal / Mute buttons of the board page: forms that post, for signed-in members; the
 * service checks the caller and the target as the API does.
 */
@Named
@RequestScoped
public class WatchButtons {

    @Inject
    private CurrentAccount me;

    @Inject
    private WatchService watches;

    private final Map<String, WatchLevel> levels = new HashMap<>();

    /** The signed-in member's level for a thread or board ("watching", "normal", ...). */
    public String level(String type, long id) {
        return current(type, id).code();
    }

    /** The level in words, for the page. */
    public String label(String type, long id) {
        return switch (current(type, id)) {
            case WATCHING -> WatchTarget.BOARD.equals(type) ? "every post" : "watching";
            case NEW_THREADS -> "new threads";
            case NORMAL -> "normal";
            case MUTED -> "muted";
        };
    }

    public void set(String type, long id, String level) {
        FacesMessages.attempt(() -> {
            WatchLevel chosen = WatchLevel.of(level).orElseThrow(() -> ValidationFailed.of("level", "No such level"));
            watches.set(me.require(), WatchTarget.of(type, id, null), chosen);
            levels.remove(type + ":" + id);
        });
    }

    private WatchLevel current(String type, long id) {
        return levels.computeIfAbsent(type + ":" + id, k -> me.get()
                .map(a -> watches.levelOf(a.getId(), WatchTarget.of(type, id, null)))
                .orElse(WatchLevel.NORMAL));
    }
}
