package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Staff.expect;
import static eu.clusterhub.moderation.Staff.id;

import eu.clusterhub.testsupport.Api;
import java.util.Map;

/** Search staff actions (search.SearchStaffActions). */
class SearchScripts implements StaffActionScripts {

    @Override
    public Map<String, Script> scripts() {
        return Map.of("search.rebuild", s -> {
            long deadline = System.currentTimeMillis() + 60_000;
            Api.Reply started = s.adminApi().post("admin/search/reindex", "");
            while (started.status() == 409 && System.currentTimeMillis() < deadline) { // another test's rebuild runs
                pause();
                started = s.adminApi().post("admin/search/reindex", "");
            }
            long job = id(expect(202, started));
            // waits for the end, so other tests that rebuild are not refused because of this one
            while (!"finished".equals(expect(200, s.adminApi().get("admin/search/reindex/" + job)).getString("status"))
                    && System.currentTimeMillis() < deadline) {
                pause();
            }
            return Expected.of(s.admin, "search-index", job);
        });
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
