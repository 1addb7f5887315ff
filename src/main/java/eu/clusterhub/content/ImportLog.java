package eu.clusterhub.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Keeps the record of import runs, in its own transaction so failures are kept too. */
@ApplicationScoped
public class ImportLog {

    @PersistenceContext(unitName = "clusterhub")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ImportReport report) {
        em.persist(new ImportRun(report));
    }
}
