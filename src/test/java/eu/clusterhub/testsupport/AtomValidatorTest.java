package eu.clusterhub.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The grammar judges feeds the way RFC 4287 does, so a passing feed test means something. */
class AtomValidatorTest {

    /** The extensive example of RFC 4287, section 1.1. */
    private static final String RFC_EXAMPLE = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">dive into mark</title>
              <subtitle type="html">A &lt;em&gt;lot&lt;/em&gt; of effort went into making this effortless</subtitle>
              <updated>2005-07-31T12:29:29Z</updated>
              <id>tag:example.org,2003:3</id>
              <link rel="alternate" type="text/html" hreflang="en" href="http://example.org/"/>
              <link rel="self" type="application/atom+xml" href="http://example.org/feed.atom"/>
              <rights>Copyright (c) 2003, Mark Pilgrim</rights>
              <generator uri="http://www.example.com/" version="1.0">Example Toolkit</generator>
              <entry>
                <title>Atom draft-07 snapshot</title>
                <link rel="alternate" type="text/html" href="http://example.org/2005/04/02/atom"/>
                <link rel="enclosure" type="audio/mpeg" length="1337" href="http://example.org/audio/ph34r_my_podcast.mp3"/>
                <id>tag:example.org,2003:3.2397</id>
                <updated>2005-07-31T12:29:29Z</updated>
                <published>2003-12-13T08:29:29-04:00</published>
                <author>
                  <name>Mark Pilgrim</name>
                  <uri>http://example.org/</uri>
                  <email>f8dy@example.com</email>
                </author>
                <contributor><name>Sam Ruby</name></contributor>
                <contributor><name>Joe Gregorio</name></contributor>
                <content type="xhtml" xml:lang="en" xml:base="http://diveintomark.org/">
                  <div xmlns="http://www.w3.org/1999/xhtml"><p><i>[Update: The Atom draft is finished.]</i></p></div>
                </content>
              </entry>
            </feed>
            """;

    @Test
    void theRfcsOwnExampleIsValid() {
        assertThat(AtomValidator.problems(RFC_EXAMPLE)).isEmpty();
    }

    @Test
    void escapedHtmlContentIsValid() {
        String feed = RFC_EXAMPLE.replaceFirst("(?s)<content type=\"xhtml\".*</content>",
                "<content type=\"html\">&lt;p&gt;Hello &lt;script&gt;&lt;/script&gt;&lt;/p&gt;</content>");
        assertThat(AtomValidator.problems(feed)).isEmpty();
    }

    @Test
    void anEntryWithoutIdIsReported() {
        assertThat(AtomValidator.problems(RFC_EXAMPLE.replace("<id>tag:example.org,2003:3.2397</id>", ""))).isNotEmpty();
    }

    @Test
    void aDateThatIsNoDateIsReported() {
        assertThat(AtomValidator.problems(RFC_EXAMPLE.replace("<updated>2005-07-31T12:29:29Z</updated>\n  <id>",
                "<updated>last Sunday</updated>\n  <id>"))).isNotEmpty();
    }

    @Test
    void anUnknownAtomElementIsReported() {
        assertThat(AtomValidator.problems(RFC_EXAMPLE.replace("<rights>", "<colour>red</colour><rights>"))).isNotEmpty();
    }

    @Test
    void notXmlAtAllIsReported() {
        assertThat(AtomValidator.problems("<feed")).isNotEmpty();
    }
}
