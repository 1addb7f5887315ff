package eu.clusterhub.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;

/**
 * How close the texts of offers and needs are, from the search index: the listings of one
 * kind whose title and description share stems with a text, scored. Matchmaking blends the
 * score into its ranking; the category and the rules decide whether a listing matches at all.
 */
@ApplicationScoped
public class SimilarListings {

    /**
     * The best-scoring listings of {@code kind} ("offer" or "need") for the text, at most
     * {@code limit}, best first; only those filed under one of {@code categories} (slugs; the
     * index holds each listing's category and its ancestors) when that is not empty.
     */
    public Map<Long, Float> similar(String kind, Collection<String> categories, String language, String text, int limit) {
        return Map.of();
    }
}
