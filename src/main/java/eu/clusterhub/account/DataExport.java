package eu.clusterhub.account;

import eu.clusterhub.platform.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Everything ClusterHub holds about an account, as one JSON document (GDPR Art. 15 and 20).
 * Each feature that stores personal data adds its part as a {@link DataExportPart}.
 */
@ApplicationScoped
public class DataExport {

    @Inject
    private AccountRepository accounts;

    @Inject
    private jakarta.enterprise.inject.Instance<DataExportPart> parts;

    public JsonObject of(Account account) {
        JsonArrayBuilder tokens = Jsons.array();
        accounts.apiTokens(account.getId()).forEach(token -> tokens.add(AccountJson.token(token)));
        var profile = Jsons.object(AccountJson.account(account));
        if (account.getTermsAcceptedAt() != null) {
            profile.add("termsAcceptedAt", AccountJson.time(account.getTermsAcceptedAt()));
        }
        var export = Jsons.object()
                .add("exportedAt", AccountJson.time(LocalDateTime.now(ZoneOffset.UTC)))
                .add("account", profile)
                .add("apiTokens", tokens);
        parts.forEach(part -> export.add(part.name(), part.of(account.getId())));
        return export.build();
    }
}
