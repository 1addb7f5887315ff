package eu.clusterhub.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnippetBeginningTest {

    @Test
    void shortBodiesAndMatchesAreKeptWhole() {
        assertEquals("we print &lt;valves&gt;", Snippets.beginning("we print &lt;valves&gt;"));
        String matched = "word ".repeat(100) + "<mark>valve</mark>";
        assertEquals(matched, Snippets.beginning(matched));
    }

    @Test
    void longBodiesAreCutAtASpace() {
        String snippet = Snippets.beginning("valves and masks ".repeat(40));
        assertTrue(snippet.length() <= Snippets.LENGTH + 2, snippet);
        assertTrue(snippet.endsWith("masks …") || snippet.endsWith("and …") || snippet.endsWith("valves …"), snippet);
    }

    @Test
    void anEscapedCharacterIsNeverCutInHalf() {
        String body = "x".repeat(Snippets.LENGTH - 2) + "&amp;" + "y".repeat(50);
        assertEquals("x".repeat(Snippets.LENGTH - 2) + " …", Snippets.beginning(body));
    }
}
