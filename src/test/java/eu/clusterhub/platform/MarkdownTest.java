package eu.clusterhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersFormattingListsQuotesCodeAndLinks() {
        String html = Markdown.toSafeHtml("## Valves\n\n**Bold** and *italic*\n\n- one\n- two\n\n> quoted\n\n`code`\n\n[EU](https://europa.eu)");

        assertThat(html).contains("<h2>Valves</h2>", "<strong>Bold</strong>", "<em>italic</em>", "<li>one</li>",
                "<blockquote>", "<code>code</code>");
        // the sanitizer writes the two rel values in no fixed order
        assertThat(html).containsPattern("<a href=\"https://europa.eu\" rel=\"(nofollow noopener|noopener nofollow)\">EU</a>");
    }

    @Test
    void scriptsHandlersAndDangerousLinksAreRemoved() {
        String html = Markdown.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) <a href=\"data:text/html,x\">data</a> <iframe src=\"https://evil.example\"></iframe>");

        // raw HTML in the source stays visible as text, never as markup
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<a href=\"data", "href=\"javascript")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "click");
    }
}
