package eu.clusterhub.forum;

import eu.clusterhub.platform.ValidationFailed;
import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a thread or a post acceptable; every problem is reported at once. */
public final class ThreadRules {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 50_000;
    static final int MAX_TAGS = 5;
    static final int MAX_TAG = 40;
    static final Set<String> LANGUAGES = eu.clusterhub.platform.Languages.EU;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    /** A checked new thread. */
    public record NewThread(String title, ThreadType type, List<String> tags, String body, String language) {
    }

    private ThreadRules() {
    }

    public static NewThread thread(String title, String type, List<String> tags, String body, String language) {
        List<FieldError> errors = new ArrayList<>();
        String cleanTitle = title(title, errors);
        ThreadType threadType = ThreadType.parse(type).orElse(null);
        if (threadType == null) {
            errors.add(new FieldError("type", "Choose the type: experience, solution, request, question or offer"));
        }
        List<String> cleanTags = tags(tags, errors);
        String cleanBody = body(body, errors);
        String lang = language(language, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new NewThread(cleanTitle, threadType, cleanTags, cleanBody, lang);
    }

    /** A checked thread title (control characters dropped, spaces folded), or {@link ValidationFailed}. */
    public static String title(String title) {
        List<FieldError> errors = new ArrayList<>();
        String clean = title(title, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return clean;
    }

    private static String title(String title, List<FieldError> errors) {
        String cleanTitle = title == null ? "" : CONTROL.matcher(title).replaceAll("").replaceAll("\\s+", " ").strip();
        if (cleanTitle.isEmpty()) {
            errors.add(new FieldError("title", "Enter a title"));
        } else if (cleanTitle.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "Use at most " + MAX_TITLE + " characters (this has " + cleanTitle.length() + ")"));
        }
        return cleanTitle;
    }

    /** A checked post body, or {@link ValidationFailed}. */
    public static String body(String body) {
        List<FieldError> errors = new ArrayList<>();
        String clean = body(body, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return clean;
    }

    private static String body(String body, List<FieldError> errors) {
        String clean = body == null ? "" : CONTROL.matcher(body.replace("\r\n", "\n")).replaceAll("").strip();
        if (clean.isEmpty()) {
            errors.add(new FieldError("body", "Write something"));
        } else if (clean.length() > MAX_BODY) {
            errors.add(new FieldError("body", "Use at most " + MAX_BODY + " characters (this has " + clean.length() + ")"));
        }
        return clean;
    }

    /** A valid language code, or a ValidationFailed naming the field. */
    static String language(String language) {
        var errors = new ArrayList<FieldError>();
        String lang = language(language, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return lang;
    }

    static String language(String language, List<FieldError> errors) {
        String lang = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            errors.add(new FieldError("language", "Use the two-letter code of an EU language, e.g. en, de, fr"));
        }
        return lang;
    }

    /**
     * Tags are normalised: lower case, accents removed, anything but letters and digits
     * becomes a hyphen ("Face Masks" and "face-masks" are one tag). At most five.
     */
    static List<String> tags(List<String> tags, List<FieldError> errors) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String normal = normalTag(tag);
            if (normal.isEmpty() || normal.length() > MAX_TAG) {
                errors.add(new FieldError("tags", "A tag needs 1 to " + MAX_TAG + " letters or digits"));
                return List.of();
            }
            clean.add(normal);
        }
        if (clean.size() > MAX_TAGS) {
            errors.add(new FieldError("tags", "Use at most " + MAX_TAGS + " tags"));
            return List.of();
        }
        return List.copyOf(clean);
    }

    public static String normalTag(String tag) {
        String ascii = Normalizer.normalize(tag == null ? "" : tag, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
