package eu.clusterhub.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * {@link ConditionalGet} for pages composed of several features' parts, such as the home
 * page: the page's view action names the page and hands over each part's version string,
 * e.g. {@code <f:viewAction action="#{revalidate.page('home', boardsView.version,
 * latestAnnouncements.version)}"/>}, so that no feature needs to know the others.
 */
@Named
@RequestScoped
public class Revalidate {

    public void page(String page, Object part) {
        ConditionalGet.answer(PageVersion.of(page).add(part));
    }

    public void page(String page, Object part, Object other) {
        ConditionalGet.answer(PageVersion.of(page).add(part).add(other));
    }
}
