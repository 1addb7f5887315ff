package eu.clusterhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SimilarListings} on an embedded index of offers and needs, written as the relay
 * writes them: the words of a text found by their stems in the text's own language, titles
 * counting double, filtered by kind and category (the category's ancestors included).
 */
class SimilarListingsTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 1, 9, 0);
    private static final List<String> FFP2 = List.of("ffp2-masks", "masks", "protective-equipment");

    @TempDir
    static Path directory;
    private static SearchIndex index;
    private static SimilarListings similar;

    @BeforeAll
    static void indexListings() {
        index = new SearchIndex(new SearchBackendSettings("lucene", null, null, null, null), directory.toString());
        index.start(null);
        List<TextDocument> listings = new ArrayList<>();
        listings.add(offer(1, "de", "Atemschutzmasken FFP2 aus Sachsen", "Wir nähen wöchentlich 50.000 Atemschutzmasken nach EN 149,"
                + " zertifiziert, Lieferung in ganz Deutschland.", FFP2));
        listings.add(offer(2, "de", "Desinfektionsmittel in Kanistern", "Wir füllen Handdesinfektion in Kanister zu zehn Litern ab.",
                List.of("disinfectants", "hygiene")));
        listings.add(offer(3, "en", "FFP2 respirator masks", "We make FFP2 respirator masks to EN 149 in Leeds.", FFP2));
        listings.add(offer(4, "de", "Schutzbrillen mit Atemschutzmasken-Halterung", "Schutzbrillen für Kliniken.",
                List.of("goggles", "protective-equipment")));
        listings.add(new TextDocument("need", 1, null, "Atemschutzmasken gesucht", "Unser Krankenhaus braucht Atemschutzmasken.", "de",
                null, null, new ArrayList<>(), "DE", null, "Klinikum", CREATED, "/needs/1", FFP2, List.of(), List.of("DE")));
        listings.add(new TextDocument("post", 9, 9L, "Atemschutzmasken nähen", "Atemschutzmasken selbst nähen.", "de", "funding",
                "OFFER", new ArrayList<>(), "DE", null, null, CREATED, "/threads/9"));
        index.apply(listings, List.of());
        similar = new SimilarListings(index);
    }

    private static TextDocument offer(long id, String language, String title, String body, List<String> categories) {
        return new TextDocument("offer", id, null, title, body, language, null, null, new ArrayList<>(), null, null, "Maker " + id,
                CREATED, "/offers/" + id, categories, List.of("en-149"), List.of("DE", "AT"));
    }

    @AfterAll
    static void close() {
        index.stop();
    }

    @Test
    void aGermanNeedFindsTheGermanOfferWithItsStemsFirstAndOnlyOffers() {
        Map<Long, Float> found = similar.similar("offer", List.of(), "de",
                "Atemschutzmaske FFP2 gesucht. Wir brauchen zertifizierte Atemschutzmasken für unser Krankenhaus.", 10);

        assertThat(found.keySet()).as("best first").startsWith(1L).doesNotContain(2L);
        assertThat(found.get(1L)).isGreaterThan(found.get(4L)).as("the title counts double: 4 has the word in its title too,"
                + " 1 more words").isPositive();
        assertThat(new ArrayList<>(found.values())).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(similar.similar("need", List.of(), "de", "Atemschutzmasken", 10)).containsOnlyKeys(1L);
    }

    @Test
    void categoriesFilterByTheCategoryOrAnyAncestor() {
        String text = "Atemschutzmasken FFP2";
        assertThat(similar.similar("offer", List.of("ffp2-masks"), "de", text, 10).keySet()).containsExactlyInAnyOrder(1L, 3L);
        assertThat(similar.similar("offer", List.of("masks"), "de", text, 10).keySet()).as("an ancestor").containsExactlyInAnyOrder(1L, 3L);
        assertThat(similar.similar("offer", List.of("protective-equipment"), "de", text, 10).keySet()).containsExactlyInAnyOrder(1L, 3L, 4L);
        assertThat(similar.similar("offer", List.of("disinfectants", "goggles"), "de", text, 10).keySet()).containsExactly(4L);
        assertThat(similar.similar("offer", List.of("no-such-category"), "de", text, 10)).isEmpty();
    }

    @Test
    void acrossLanguagesSharedWordsStillCountAndTheLimitHolds() {
        // "ffp2" is the same word in every language; "respirator" is only in the English offer
        Map<Long, Float> english = similar.similar("offer", FFP2, "en", "Looking for FFP2 respirators", 10);
        assertThat(english.keySet()).startsWith(3L).contains(1L);
        assertThat(similar.similar("offer", List.of(), "de", "Atemschutzmasken FFP2", 1)).hasSize(1).containsKey(1L);
    }

    @Test
    void amongScoresOnlyTheListedListingsWithTheirOwnScores() {
        String text = "Atemschutzmasken FFP2 gesucht, zertifiziert nach EN 149";
        Map<Long, Float> everywhere = similar.similar("offer", List.of(), "de", text, 10);
        Map<Long, Float> among = similar.among("offer", List.of(3L, 4L, 2L), "de", text);

        assertThat(among).as("2 shares no stem").containsOnlyKeys(3L, 4L);
        assertThat(among.get(3L)).as("the same score as without the filter").isEqualTo(everywhere.get(3L));
        assertThat(among.get(4L)).isEqualTo(everywhere.get(4L));
        assertThat(similar.among("need", List.of(1L), "de", text)).as("ids of the other kind").containsOnlyKeys(1L);
        assertThat(similar.among("offer", List.of(1L), "de", "Zahnräder")).isEmpty();
        assertThat(similar.among("offer", List.of(), "de", text)).isEmpty();
    }

    @Test
    void noWordsNoMatches() {
        assertThat(similar.similar("offer", FFP2, "de", "", 10)).isEmpty();
        assertThat(similar.similar("offer", FFP2, "de", null, 10)).isEmpty();
        assertThat(similar.similar("offer", FFP2, "de", "a an", 10)).as("only short words").isEmpty();
        assertThat(similar.similar("offer", FFP2, "de", "Zahnräder Getriebe", 10)).as("nothing shared").isEmpty();
    }

    @Test
    void aTextIsCutToItsFirstFortyDistinctStems() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("wort").append(i).append(" wort").append(i).append(' ');
        }
        assertThat(SimilarListings.stems("de", text.toString())).hasSize(SimilarListings.MAX_STEMS).startsWith("wort0", "wort1");
        assertThat(SimilarListings.stems("de", "Die Atemschutzmasken für die Masken")).as("no stop words")
                .containsExactly("atemschutzmask", "mask");
        assertThat(SimilarListings.stems("en", "We make the masks with their machines")).containsExactly("make", "mask", "machin");
    }
}
