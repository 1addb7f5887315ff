package eu.clusterhub.announcement;

import eu.clusterhub.platform.Jsons;
import eu.clusterhub.account.AccountErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Revisions and provenance keep the editor's name as it was; when that account is erased,
 * the name goes with it (GDPR Art. 17) while the record of the change stays.
 */
@ApplicationScoped
public class RevisionPrivacy {

    static final String FORMER_MEMBER = "Former member";

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    void onErased(@Observes AccountErased erased) {
        em.flush();
        em.createQuery("UPDATE AnnouncementRevision r SET r.editedByName = :name WHERE r.editedById = :id")
                .setParameter("name", FORMER_MEMBER).setParameter("id", erased.accountId()).executeUpdate();
        em.createQuery("UPDATE Announcement a SET a.verification.verifiedByName = :name WHERE a.verification.verifiedById = :id")
                .setParameter("name", FORMER_MEMBER).setParameter("id", erased.accountId()).executeUpdate();
        // the stored snapshots name the verifier too (see Snapshot): rewrite that field
        String escaped = Jsons.value(erased.formerDisplayName()).toString();
        String before = "\"verification\":" + escaped.substring(0, escaped.length() - 1) + ", ";
        String after = "\"verification\":\"" + FORMER_MEMBER + ", ";
        // ...of announcements this account changed: a verifier always leaves a revision there
        em.createNativeQuery("UPDATE announcement_revision SET snapshot = REPLACE(snapshot, ?, ?)"
                        + " WHERE INSTR(snapshot, ?) > 0 AND announcement_id IN"
                        + " (SELECT announcement_id FROM (SELECT DISTINCT announcement_id FROM announcement_revision"
                        + " WHERE edited_by_id = ?) mine)")
                .setParameter(1, before).setParameter(2, after).setParameter(3, before).setParameter(4, erased.accountId())
                .executeUpdate();
    }
}
