package eu.clusterhub.notification;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mention handles. Display names are not unique ("Test member" twice), so a handle is the
 * display name as a slug followed by the account's id: Giulia Rossi with id 12 is
 * {@code @giulia-rossi-12}. The mention autocomplete inserts it; a post mentions the
 * accounts whose handles it contains, outside quoted lines ({@code > ...}) and code, so
 * quoting a post does not mention its people again. The id decides who is meant; the name
 * part must still match the account's current handle, so a typo mentions nobody.
 */
public final class Handles {

    /** After start of text or a character that cannot be part of an address or handle. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])@([a-z0-9]+(?:-[a-z0-9]+)*-([1-9][0-9]{0,17}))\\b");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

    private Handles() {
    }

    /** The handle of an account, without the @. */
    public static String of(String displayName, long accountId) {
        String ascii = Normalizer.normalize(displayName == null ? "" : displayName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "member" : slug) + "-" + accountId;
    }

    /** The handles a text mentions, by account id, in the order written (each once). */
    public static Map<Long, String> mentioned(String markdown) {
        Map<Long, String> found = new LinkedHashMap<>();
        if (markdown == null) {
            return found;
        }
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || stripped.startsWith(">") || line.startsWith("    ") || line.startsWith("\t")) {
                continue;
            }
            Matcher m = MENTION.matcher(INLINE_CODE.matcher(line).replaceAll(" "));
            while (m.find()) {
                found.putIfAbsent(Long.parseLong(m.group(2)), m.group(1));
            }
        }
        return found;
    }

    /** Whether a text quotes another post: a Markdown blockquote line, as the Quote link writes. */
    public static boolean quotes(String markdown) {
        if (markdown == null) {
            return false;
        }
        for (String line : markdown.split("\n")) {
            if (line.stripLeading().startsWith(">") && line.length() - line.stripLeading().length() < 4) {
                return true;
            }
        }
        return false;
    }
}
