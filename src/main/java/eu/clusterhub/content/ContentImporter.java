package eu.clusterhub.content;

import eu.clusterhub.announcement.SeedAnnouncement;
import eu.clusterhub.announcement.SeedTopic;
import eu.clusterhub.platform.DatabaseReady;
import eu.clusterhub.platform.EventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the seed content at start-up: parse every file first, then write all of it in
 * one transaction. A bad file fails the start-up with its name and line, and nothing of
 * it is written; the attempt is still recorded in the import log.
 */
@ApplicationScoped
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());

    @Inject
    @ConfigProperty(name = "clusterhub.content.dir")
    private Optional<String> configuredDirectory;

    @Inject
    private ContentWriter writer;

    @Inject
    private ImportLog importLog;

    private volatile ImportReport lastReport;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        ImportReport report = importFrom(directory(ready.servletContext()));
        if (!report.succeeded()) {
            throw new IllegalStateException("Content import failed: " + report.failure());
        }
    }

    /** Imports everything under the directory; never throws for bad content, it reports. */
    public ImportReport importFrom(ContentDirectory directory) {
        LocalDateTime started = now();
        ImportReport report;
        try {
            List<BoardDefinition> boards = BoardsFile.read(directory.require(BoardsFile.FILE_NAME),
                    directory.displayName(BoardsFile.FILE_NAME));
            List<PageDefinition> pages = PagesFile.readAll(directory.optional(PagesFile.DIRECTORY),
                    directory.displayName(PagesFile.DIRECTORY));
            List<SeedTopic> topics = TopicsFile.readIfPresent(directory.optional(TopicsFile.FILE_NAME),
                    directory.displayName(TopicsFile.FILE_NAME));
            List<SeedAnnouncement> announcements = AnnouncementsFile.readAll(directory.optional(AnnouncementsFile.DIRECTORY),
                    directory.displayName(AnnouncementsFile.DIRECTORY),
                    topics.stream().map(SeedTopic::slug).collect(Collectors.toSet()));
            ContentWriter.MatchmakingLists matchmaking = ContentWriter.MatchmakingLists.read(directory);
            int[] counts = writer.write(boards, pages, topics, announcements, matchmaking);
            report = new ImportReport(directory.description(), started, now(), counts[0], counts[1], counts[2], null);
            EventLog.info(LOG, "content.import", "status=ok source=\"" + directory.description() + "\" " + report.summary());
        } catch (ContentException e) {
            report = failed(directory, started, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "content import failed unexpectedly", e);
            report = failed(directory, started, "import failed: " + e);
        }
        lastReport = report;
        importLog.record(report);
        return report;
    }

    private ImportReport failed(ContentDirectory directory, LocalDateTime started, String why) {
        EventLog.severe(LOG, "content.import", "status=failed source=\"" + directory.description() + "\" reason=\"" + why + "\"");
        return new ImportReport(directory.description(), started, now(), 0, 0, 0, why);
    }

    /** The report of the import this application ran at start-up, if it ran. */
    public Optional<ImportReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    private ContentDirectory directory(ServletContext servletContext) {
        return configuredDirectory
                .map(dir -> ContentDirectory.configured(Path.of(dir)))
                .orElseGet(() -> ContentDirectory.bundled(Path.of(servletContext.getRealPath("/WEB-INF/content"))));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
