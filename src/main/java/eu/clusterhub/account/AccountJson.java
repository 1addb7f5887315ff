package eu.clusterhub.account;

import eu.clusterhub.platform.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The JSON shapes of accounts and organisations in the API. */
final class AccountJson {

    private AccountJson() {
    }

    static JsonObject account(Account account) {
        JsonObjectBuilder json = Jsons.object()
                .add("id", account.getId())
                .add("displayName", account.getDisplayName())
                .add("role", account.getRole().name())
                .add("status", account.getStatus().name())
                .add("emailVerified", account.isEmailVerified())
                .add("createdAt", time(account.getCreatedAt()));
        if (account.getEmail() != null) {
            json.add("email", account.getEmail());
        }
        if (account.getOrganisation() != null) {
            json.add("organisation", organisation(account.getOrganisation()));
        }
        return json.build();
    }

    /** The answer to a registration: what was submitted (never whether the address had an account). */
    static JsonObject registered(Registration registration) {
        String email = AccountRules.normaliseEmail(registration.email());
        return Jsons.object()
                .add("email", email)
                .add("displayName", registration.displayName().strip())
                .add("emailVerified", false)
                .add("detail", "We sent a mail to " + email + ": follow its link to confirm the address")
                .build();
    }

    static JsonObject organisation(Organisation organisation) {
        JsonObjectBuilder json = Jsons.object()
                .add("id", organisation.getId())
                .add("name", organisation.getName())
                .add("kind", organisation.getKind().name())
                .add("country", organisation.getCountry())
                .add("verified", organisation.isVerified());
        if (organisation.getSector() != null) {
            json.add("sector", organisation.getSector());
        }
        return json.build();
    }

    static JsonObject token(ApiToken token) {
        JsonObjectBuilder json = Jsons.object()
                .add("id", token.getId())
                .add("name", token.getName())
                .add("createdAt", time(token.getCreatedAt()))
                .add("revoked", token.isRevoked());
        if (token.getLastUsedAt() != null) {
            json.add("lastUsedAt", time(token.getLastUsedAt()));
        }
        return json.build();
    }

    static String time(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).toString();
    }
}
