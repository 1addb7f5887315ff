package eu.clusterhub.moderation;

import eu.clusterhub.account.Account;
import eu.clusterhub.account.Countries;
import eu.clusterhub.platform.Languages;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The languages and countries a moderator covers: their queue shows items in those first (it hides nothing). */
@ApplicationScoped
@Transactional
public class ModeratorCoverage {

    static final int MAX_CODES = 40;

    /** A moderator's coverage, codes sorted: languages (ISO 639-1) and countries (ISO 3166-1 alpha-2). */
    public record Coverage(List<String> languages, List<String> countries) {

        public boolean isEmpty() {
            return languages.isEmpty() && countries.isEmpty();
        }
    }

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    public Coverage of(long accountId) {
        return new Coverage(codes(accountId, "language"), codes(accountId, "country"));
    }

    public Coverage set(Account moderator, Collection<String> languages, Collection<String> countries) {
        ModerationPermissions.of(moderator).mayReview().check();
        TreeSet<String> langs = clean(languages, "languages", code -> Languages.NAMES.containsKey(code), "Unknown language code ");
        TreeSet<String> ctrs = clean(countries, "countries", Countries::isKnown, "Unknown country code ");
        em.createNativeQuery("DELETE FROM moderator_coverage WHERE account_id = ?").setParameter(1, moderator.getId()).executeUpdate();
        langs.forEach(code -> insert(moderator.getId(), "language", code));
        ctrs.forEach(code -> insert(moderator.getId(), "country", code));
        return new Coverage(List.copyOf(langs), List.copyOf(ctrs));
    }

    private static TreeSet<String> clean(Collection<String> codes, String field, java.util.function.Predicate<String> known,
                                         String unknown) {
        TreeSet<String> clean = new TreeSet<>();
        if (codes == null) {
            return clean;
        }
        for (String code : codes) {
            String c = code == null ? "" : code.strip();
            c = "countries".equals(field) ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT);
            if (!c.matches("[A-Za-z]{2}") || !known.test(c)) {
                throw ValidationFailed.of(field, unknown + (c.length() > 10 ? c.substring(0, 10) + "…" : c));
            }
            clean.add(c);
        }
        if (clean.size() > MAX_CODES) {
            throw ValidationFailed.of(field, "At most " + MAX_CODES);
        }
        return clean;
    }

    private void insert(long accountId, String dimension, String code) {
        em.createNativeQuery("INSERT INTO moderator_coverage (account_id, dimension, code) VALUES (?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, dimension).setParameter(3, code).executeUpdate();
    }

    private List<String> codes(long accountId, String dimension) {
        List<String> codes = new ArrayList<>();
        for (Object code : em.createNativeQuery("SELECT code FROM moderator_coverage WHERE account_id = ? AND dimension = ? ORDER BY code")
                .setParameter(1, accountId).setParameter(2, dimension).getResultList()) {
            codes.add(String.valueOf(code));
        }
        return codes;
    }
}
