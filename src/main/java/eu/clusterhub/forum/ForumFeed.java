package eu.clusterhub.forum;

import static eu.clusterhub.platform.web.AtomFeeds.content;
import static eu.clusterhub.platform.web.AtomFeeds.date;
import static eu.clusterhub.platform.web.AtomFeeds.feed;
import static eu.clusterhub.platform.web.AtomFeeds.link;
import static eu.clusterhub.platform.web.AtomFeeds.person;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import eu.clusterhub.account.Account;
import eu.clusterhub.account.AccountRepository;
import eu.clusterhub.platform.web.AtomFeeds;
import eu.clusterhub.platform.web.SiteUrl;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atom feeds of the forum: /feeds/boards/{slug}.atom (newest threads of a board) and
 * /feeds/threads/{id}.atom (newest posts of a thread). Deleted posts are left out.
 */
@WebServlet({"/feeds/boards/*", "/feeds/threads/*"})
public class ForumFeed extends HttpServlet {

    static final int ENTRIES = 50;
    private static final Pattern BOARD = Pattern.compile("/([a-z0-9-]{1,64})\\.atom");
    private static final Pattern THREAD = Pattern.compile("/([0-9]{1,18})\\.atom");

    @Inject
    private BoardRepository boards;

    @Inject
    private ForumRepository forum;

    @Inject
    private AccountRepository accounts;

    @Inject
    private SiteUrl siteUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String base = siteUrl.base();
        Optional<Feed> feed = request.getServletPath().endsWith("/boards") ? boardFeed(info, base) : threadFeed(info, base);
        if (feed.isEmpty()) {
            response.sendError(404, "No such feed");
            return;
        }
        AtomFeeds.write(feed.get(), 60, request, response);
    }

    private Optional<Feed> boardFeed(String info, String base) {
        Matcher slug = BOARD.matcher(info);
        if (!slug.matches()) {
            return Optional.empty();
        }
        return boards.bySlug(slug.group(1)).map(board -> {
            List<ForumThread> threads = forum.newestThreads(board.getId(), ENTRIES);
            Map<Long, Account> authors = accounts.byIds(threads.stream().map(ForumThread::getAuthorId).toList());
            Map<Long, Post> firstPosts = forum.firstPosts(threads.stream().map(ForumThread::getId).toList());
            Feed feed = feed(base + "/feeds/boards/" + board.getSlug() + ".atom", base + "/boards/" + board.getSlug(),
                    "ClusterHub: " + board.getName());
            List<Entry> entries = new ArrayList<>();
            for (ForumThread t : threads) {
                Post first = firstPosts.get(t.getId());
                entries.add(entry(base + "/threads/" + t.getId(), t.getTitle(), authors.get(t.getAuthorId()),
                        t.getCreatedAt(), t.getLastActivityAt(), first == null || first.isDeleted() || !first.isVisible() ? "" : first.getBodyHtml()));
            }
            return finish(feed, entries, threads.stream().map(ForumThread::getLastActivityAt).toList());
        });
    }

    private Optional<Feed> threadFeed(String info, String base) {
        Matcher id = THREAD.matcher(info);
        if (!id.matches()) {
            return Optional.empty();
        }
        return forum.thread(Long.parseLong(id.group(1))).map(thread -> {
            List<Post> posts = forum.newestPosts(thread.getId(), ENTRIES);
            Map<Long, Account> authors = accounts.byIds(posts.stream().map(Post::getAuthorId).toList());
            Feed feed = feed(base + "/feeds/threads/" + thread.getId() + ".atom", base + "/threads/" + thread.getId(),
                    "ClusterHub: " + thread.getTitle());
            List<Entry> entries = new ArrayList<>();
            for (Post p : posts) {
                int page = (p.getPosition() - 1) / ThreadPaging.PAGE_SIZE + 1;
                entries.add(entry(base + "/threads/" + thread.getId() + "?page=" + page + "#post-" + p.getId(),
                        (p.getPosition() == 1 ? "" : "Re: ") + thread.getTitle(), authors.get(p.getAuthorId()),
                        p.getCreatedAt(), p.getEditedAt() == null ? p.getCreatedAt() : p.getEditedAt(), p.getBodyHtml()));
            }
            return finish(feed, entries, posts.stream().map(Post::getCreatedAt).toList());
        });
    }

    private static Feed finish(Feed feed, List<Entry> entries, List<LocalDateTime> times) {
        feed.setEntries(entries);
        feed.setUpdated(date(times.stream().max(LocalDateTime::compareTo).orElse(LocalDateTime.now(ZoneOffset.UTC))));
        return feed;
    }

    private static Entry entry(String url, String title, Account author, LocalDateTime published, LocalDateTime updated,
                               String html) {
        Entry entry = new Entry();
        entry.setId(url);
        entry.setTitle(title);
        entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
        entry.setAuthors(List.of(person(author == null ? "Deleted user" : author.getDisplayName())));
        entry.setPublished(date(published));
        entry.setUpdated(date(updated));
        entry.setContents(List.of(content(Content.HTML, html)));
        return entry;
    }

}
