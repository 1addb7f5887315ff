package eu.clusterhub.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What an anonymous page shows, as an entity tag: a view adds every value its page depends
 * on (ids and versions of what it lists, counts it prints, the page asked for), and the tag
 * changes whenever one of them does. The build stamp is always part of it, so a release
 * with other templates never answers 304 to a page of the previous one.
 */
public final class PageVersion {

    private final MessageDigest digest;

    private PageVersion(String page) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        add(BuildInfo.stamp()).add(page);
    }

    public static PageVersion of(String page) {
        return new PageVersion(page);
    }

    public PageVersion add(Object value) {
        digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);   // "1","23" and "12","3" must differ
        return this;
    }

    /** A weak tag: the same page compressed or not is the same for the reader. */
    public String entityTag() {
        byte[] hash = digest.digest();
        return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
    }
}
