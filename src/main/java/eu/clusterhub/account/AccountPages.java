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
                // forms and one-time links: nothing for a search engine to find
                Section.at("/signin").list("/views/account/signin.xhtml").withForms().hiddenFromCrawlers(),
                Section.at("/register").list("/views/account/register.xhtml").withForms().hiddenFromCrawlers(),
                Section.at("/verify").list("/views/account/verify.xhtml").hiddenFromCrawlers(),
                Section.at("/password").list("/views/account/password.xhtml").withForms().hiddenFromCrawlers(),
                Section.at("/profile").list("/views/account/profile.xhtml").withForms().requires(Access.MEMBER),
                Section.at("/moderation/organisations").list("/views/account/organisations.xhtml").withForms().requires(Access.MODERATOR),
                Section.at("/admin/accounts").list("/views/account/admin-accounts.xhtml").withForms().requires(Access.ADMIN));
    }
}
