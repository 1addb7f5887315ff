package eu.clusterhub.account;

import eu.clusterhub.platform.DatabaseReady;
import eu.clusterhub.platform.EventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First start: when no active admin exists, create one from CLUSTERHUB_ADMIN_EMAIL and
 * CLUSTERHUB_ADMIN_PASSWORD; without a password, generate one and print it once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountService service;

    @Inject
    @ConfigProperty(name = "clusterhub.admin.email", defaultValue = "admin@clusterhub.invalid")
    private String email;

    @Inject
    @ConfigProperty(name = "clusterhub.admin.password")
    private Optional<String> password;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (accounts.adminExists()) {
            return;
        }
        String secret = password.filter(p -> !p.isBlank()).orElseGet(() -> SecretTokens.generate().substring(0, 24));
        Account admin = service.createVerified(new Registration(email, secret, "Administrator", "ClusterHub",
                OrganisationKind.OTHER.name(), Countries.OTHER, null, true), Role.ADMIN);
        EventLog.info(LOG, "account.admin.created", "account=" + admin.getId() + " email=\"" + admin.getEmail() + "\"");
        if (password.filter(p -> !p.isBlank()).isEmpty()) {
            // Printed once, on the console only; it is not stored anywhere in clear.
            System.out.println("\n==== ClusterHub: first admin account ====\n  email:    " + admin.getEmail()
                    + "\n  password: " + secret + "\n  Change it after signing in.\n=========================================\n");
        }
    }
}
