package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Staff.expect;

import java.util.Map;

/**
 * The admins' moderation settings (moderation.ModerationSettingsActions). The script changes
 * one setting and the run's first admin puts the configured defaults back at once, so no
 * other script's posts are held for approval meanwhile (the shared server runs one test
 * class at a time).
 */
class SettingScripts implements StaffActionScripts {

    @Override
    public Map<String, Script> scripts() {
        return Map.of("setting.change", s -> {
            try {
                expect(200, s.adminApi().put("admin/moderation/settings", "{\"approveFirstPosts\":7}"));
            } finally {
                s.setupAdmin().delete("admin/moderation/settings");
            }
            return Expected.of(s.admin, "setting", "approve-first-posts");
        });
    }
}
