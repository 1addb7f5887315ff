package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.account.AccountRules;
import eu.clusterhub.account.AccountService;
import eu.clusterhub.account.OrganisationService;
import eu.clusterhub.account.Registration;
import eu.clusterhub.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the demo in one transaction, adding only what is missing: an account that exists is
 * kept as it is, and a listing is published again only when its owner has no live listing of
 * that title (so a demo started again weeks later has current dates). Listings go through
 * {@link OfferService} and {@link NeedService}: the same rules, threads and index updates as
 * any member's.
 */
@ApplicationScoped
@Transactional
public class DemoImport {

    /** How many of each were added. */
    public record Counts(int accounts, int offers, int needs) {
    }

    @Inject
    private AccountService accountService;

    @Inject
    private AccountRepository accounts;

    @Inject
    private OrganisationService organisations;

    @Inject
    private OfferService offers;

    @Inject
    private NeedService needs;

    @Inject
    private ListingRepository listings;

    @Inject
    @ConfigProperty(name = "clusterhub.admin.email", defaultValue = "admin@clusterhub.invalid")
    private String adminEmail;

    public Counts load(DemoFile demo) {
        LocalDate today = OfferService.today();
        Optional<Long> admin = accounts.byEmail(AccountRules.normaliseEmail(adminEmail)).map(Account::getId);
        Map<String, Account> members = new HashMap<>();
        int created = 0;
        for (DemoFile.Organisation o : demo.organisations()) {
            Optional<Account> existing = accounts.byEmail(AccountRules.normaliseEmail(o.email()));
            Account member = existing.orElseGet(() -> accountService.createVerified(new Registration(o.email(), demo.password(),
                    o.member(), o.name(), o.kind(), o.country(), o.sector(), true), Role.MEMBER));
            if (existing.isEmpty()) {
                created++;
                if (o.verified() && admin.isPresent()) {
                    organisations.verify(member.getOrganisation().getId(), admin.get());
                }
            }
            members.put(o.key(), member);
        }
        int offered = 0;
        for (DemoFile.Listing listing : demo.offers()) {
            Account owner = members.get(listing.by());
            Set<String> live = listings.offersOf(owner.getId()).stream().filter(x -> x.getStatus() != OfferStatus.CLOSED)
                    .map(Offer::getTitle).collect(Collectors.toSet());
            if (!live.contains(listing.title())) {
                offers.publish(listing.offer(today), owner);
                offered++;
            }
        }
        int needed = 0;
        for (DemoFile.Listing listing : demo.needs()) {
            Account owner = members.get(listing.by());
            Set<String> live = listings.needsOf(owner.getId()).stream()
                    .filter(x -> x.getStatus() != NeedStatus.CLOSED && x.getStatus() != NeedStatus.EXPIRED)
                    .map(Need::getTitle).collect(Collectors.toSet());
            if (!live.contains(listing.title())) {
                needs.publish(listing.need(today), owner);
                needed++;
            }
        }
        return new Counts(created, offered, needed);
    }
}
