package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Staff.expect;
import static eu.clusterhub.moderation.Staff.id;

import eu.clusterhub.testsupport.TestAccounts;
import java.util.Map;

/** Account and organisation staff actions (account.AccountStaffActions). */
class AccountScripts implements StaffActionScripts {

    @Override
    public Map<String, Script> scripts() {
        return Map.of(
                "account.create", s -> {
                    String body = TestAccounts.registration(TestAccounts.uniqueEmail("audit"), TestAccounts.PASSWORD, "Audited member")
                            .replaceFirst("\\{", "{\"role\":\"MEMBER\",");
                    long created = id(expect(201, s.adminApi().post("admin/accounts", body)));
                    return Expected.of(s.admin, "account", created);
                },
                "account.role", s -> {
                    TestAccounts.Caller member = s.member();
                    expect(200, s.adminApi().put("admin/accounts/" + member.id() + "/role", "{\"role\":\"MODERATOR\"}"));
                    return Expected.of(s.admin, "account", member.id());
                },
                "account.suspend", s -> {
                    TestAccounts.Caller member = s.member();
                    expect(200, s.adminApi().post("admin/accounts/" + member.id() + "/suspend", ""));
                    return Expected.of(s.admin, "account", member.id());
                },
                "account.reactivate", s -> {
                    TestAccounts.Caller member = s.suspendedMember();
                    expect(200, s.adminApi().post("admin/accounts/" + member.id() + "/reactivate", ""));
                    return Expected.of(s.admin, "account", member.id());
                },
                "organisation.verify", s -> {
                    long organisation = organisation(s, s.member());
                    expect(200, s.moderatorApi().post("moderation/organisations/" + organisation + "/verify", ""));
                    return Expected.of(s.moderator, "organisation", organisation);
                },
                "organisation.unverify", s -> {
                    long organisation = organisation(s, s.member());
                    // verified by the first admin: only the withdrawal is this script's moderator's
                    expect(200, s.anonymous.as(s.accounts.adminToken()).post("moderation/organisations/" + organisation + "/verify", ""));
                    expect(200, s.moderatorApi().post("moderation/organisations/" + organisation + "/unverify", ""));
                    return Expected.of(s.moderator, "organisation", organisation);
                });
    }

    private static long organisation(Staff s, TestAccounts.Caller member) {
        return expect(200, s.as(member).get("me")).getJsonObject("organisation").getJsonNumber("id").longValue();
    }
}
