package eu.clusterhub.account;

import eu.clusterhub.platform.web.Access;
import eu.clusterhub.platform.web.FeaturePages;
import eu.clusterhub.platform.web.Section;
import java.util.List;

/** The account pages: signing in and up, the profile, passwords, and the moderators' and admins' pages. */
public class AccountPages implements FeaturePages {

    @Override
    public List<Section> sections() {
        return List.of(
                // a company looking for how to join the network should find these two
                Section.at("/signin").list("/views/account/signin.xhtml").withForms(),
                Section.at("/register").list("/views/account/register.xhtml").withForms(),
                // one-time links and the reset form: nothing for a search engine to find
                Section.at("/verify").list("/views/account/verify.xhtml").hiddenFromCrawlers(),
                Section.at("/password").list("/views/account/password.xhtml").withForms().hiddenFromCrawlers(),
                Section.at("/profile").list("/views/account/profile.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/moderation/organisations").list("/views/account/organisations.xhtml").withForms().requires(Access.MODERATOR),
                Section.at("/admin/accounts").list("/views/account/admin-accounts.xhtml").withForms().requires(Access.ADMIN));
    }
}
