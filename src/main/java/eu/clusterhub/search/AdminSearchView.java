package eu.clusterhub.search;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.account.Role;
import eu.clusterhub.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * /admin/search: the index's size and a button to rebuild it from the database, with the
 * rebuild's progress (the page refreshes itself while one runs; no script needed).
 */
@Named
@RequestScoped
public class AdminSearchView {

    @Inject
    private CurrentAccount me;

    @Inject
    private ReindexJobs jobs;

    @Inject
    private SearchIndex index;

    public ReindexJobs.Job getJob() {
        return jobs.latest(me.require(Role.ADMIN)).orElse(null);
    }

    public boolean isRunning() {
        ReindexJobs.Job job = getJob();
        return job != null && job.status().equals("running");
    }

    public long getDocuments() {
        me.require(Role.ADMIN);
        return index.documentCount();
    }

    public void rebuild() {
        if (FacesMessages.attempt(() -> jobs.start(me.require(Role.ADMIN)))) {
            FacesMessages.info("The rebuild has started; searches keep working meanwhile.");
        }
    }
}
