package eu.clusterhub.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads content/pages/*.md: YAML front matter between "---" lines (only {@code title}),
 * then Markdown. The slug is the file name. Errors name the file and line.
 */
public final class PagesFile {

    public static final String DIRECTORY = "pages";
    static final int MAX_TITLE = 120;

    private PagesFile() {
    }

    /** Every page in the directory, in file-name order; none when the directory is absent. */
    public static List<PageDefinition> readAll(Path directory, String displayDirectory) {
        List<PageDefinition> pages = new ArrayList<>();
        for (Path file : FrontMatter.markdownFiles(directory, displayDirectory)) {
            pages.add(read(file, displayDirectory + "/" + file.getFileName()));
        }
        return pages;
    }

    static PageDefinition read(Path file, String displayName) {
        FrontMatter page = FrontMatter.read(file, displayName, Set.of("title"), "a page");
        String title = page.yaml.text(page.fields, "title", page.root, "the front matter", MAX_TITLE);
        return new PageDefinition(page.slug, title, page.markdown);
    }
}
