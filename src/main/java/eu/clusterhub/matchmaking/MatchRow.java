package eu.clusterhub.matchmaking;

import eu.clusterhub.account.Account;
import java.util.List;

/**
 * One match as a page shows it: the other listing, its organisation, how much it covers and
 * why it matches; {@code contactPath} is set when the reader may send a contact request.
 */
public record MatchRow(long id, String title, String path, Account owner, int percent, double score, List<String> reasons,
                       List<String> facts, String contactPath) {

    public boolean isVerified() {
        return owner != null && owner.getOrganisation() != null && owner.getOrganisation().isVerified();
    }
}
