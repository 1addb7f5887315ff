package eu.clusterhub.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void marksTheWordsAsTheTextsLanguageStemsThem() {
        assertEquals("Wir liefern <mark>Beatmungsgeräte</mark> und <mark>Masken</mark>.",
                Snippets.of("Wir liefern Beatmungsgeräte und Masken.", "de", "Beatmungsgerät maske"));
        assertEquals("We print <mark>ventilator</mark> valves.", Snippets.of("We print ventilator valves.", "en", "ventilators"));
    }

    @Test
    void marksPhrasesPrefixesAndAlternativesButNotExcludedWords() {
        String body = "The supply chain of valves and ventilators is short; masks are scarce.";
        assertEquals("The <mark>supply</mark> <mark>chain</mark> of valves and <mark>ventilators</mark> is short; masks are scarce.",
                Snippets.of(body, "en", "\"supply chain\" venti* -masks"));
        assertTrue(Snippets.of(body, "en", "gloves | valves").contains("<mark>valves</mark>"));
    }

    @Test
    void escapesEverythingButTheMarks() {
        String snippet = Snippets.of("<script>alert('x')</script> valves & masks", "en", "valves");
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>valves</mark> &amp; masks", snippet);
    }

    @Test
    void withoutAMatchInTheBodyShowsItsBeginning() {
        String body = "Our plant in Brescia " + "makes parts for hospitals ".repeat(20);
        String snippet = Snippets.of(body, "it", "valvole");
        assertTrue(snippet.startsWith("Our plant in Brescia makes parts") && snippet.endsWith(" …"), snippet);
        assertTrue(snippet.length() <= Snippets.LENGTH + 2, snippet);
        assertEquals("", Snippets.of("", "en", "valves"));
        assertEquals("Plain &lt;text&gt;", Snippets.of("Plain <text>", "en", ""));
    }

    @Test
    void aLongBodyIsCutAroundTheBestMatch() {
        String body = "filler words here. ".repeat(40) + "We make valves for ventilators. " + "more filler text. ".repeat(40);
        String snippet = Snippets.of(body, "en", "valves");
        assertTrue(snippet.contains("<mark>valves</mark>"), snippet);
        assertTrue(snippet.replaceAll("</?mark>", "").length() <= Snippets.LENGTH + 20, snippet);
    }

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
