package eu.clusterhub.matchmaking;

import eu.clusterhub.account.CurrentAccount;
import eu.clusterhub.platform.ResultPage;
import eu.clusterhub.platform.web.QueryParameter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /inbox: the caller's conversations, most recent activity first, with their unread counts. */
@Named
@RequestScoped
public class InboxView {

    static final int PAGE_SIZE = 20;

    @Inject
    private ConversationService service;

    @Inject
    private CurrentAccount me;

    private ResultPage<ConversationService.InboxRow> page;

    public ResultPage<ConversationService.InboxRow> getPage() {
        if (page == null) {
            Long asked = QueryParameter.id("page");
            int number = asked == null || asked < 1 || asked > 100_000 ? 1 : asked.intValue();
            page = service.inbox(me.require(), number, PAGE_SIZE);
        }
        return page;
    }

    public List<ConversationService.InboxRow> getRows() {
        return getPage().items();
    }
}
