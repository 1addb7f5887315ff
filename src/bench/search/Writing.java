import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * Posts as members write them: a few sentences mixing function words (45 %), words of the
 * long tail (45 %), domain words (8 %) and set phrases (2 %); now and then a bold quantity,
 * a list or a link (Markdown). The most frequent domain word of a language then occurs in
 * about a fifth of that language's posts, as "ventilator" might have in 2020.
 */
final class Writing {

    private final Random random;
    private final Vocabulary words;

    Writing(Random random, Vocabulary words) {
        this.random = random;
        this.words = words;
    }

    String title(String language) {
        StringBuilder title = new StringBuilder();
        for (int i = 3 + random.nextInt(5); i > 0; i--) {
            double r = random.nextDouble();
            String word = r < 0.5 ? Vocabulary.pick(Vocabulary.DOMAIN.get(language), random)
                    : r < 0.7 ? Vocabulary.pick(Vocabulary.PHRASES.get(language), random)
                    : r < 0.85 ? Vocabulary.pick(Vocabulary.FUNCTION.get(language), random) : words.madeUp(random);
            title.append(title.length() == 0 ? capitalised(word) : " " + word);
        }
        return title.toString();
    }

    String body(String language) {
        StringBuilder body = new StringBuilder();
        for (int sentences = 2 + random.nextInt(4); sentences > 0; sentences--) {
            body.append(sentence(language)).append(random.nextDouble() < 0.3 ? "\n\n" : " ");
        }
        if (random.nextDouble() < 0.2) {
            body.append("\n\n- **").append(50 + random.nextInt(950)).append("** ")
                    .append(Vocabulary.pick(Vocabulary.DOMAIN.get(language), random))
                    .append("\n- ").append(sentence(language));
        }
        if (random.nextDouble() < 0.1) {
            body.append("\n\n[").append(words.madeUp(random)).append("](https://example.org/").append(random.nextInt(10_000))
                    .append(")");
        }
        return body.toString().strip();
    }

    private String sentence(String language) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 8 + random.nextInt(13); i > 0; i--) {
            double r = random.nextDouble();
            String word = r < 0.45 ? Vocabulary.pick(Vocabulary.FUNCTION.get(language), random)
                    : r < 0.90 ? words.madeUp(random)
                    : r < 0.98 ? Vocabulary.pick(Vocabulary.DOMAIN.get(language), random)
                    : Vocabulary.pick(Vocabulary.PHRASES.get(language), random);
            sentence.append(sentence.length() == 0 ? capitalised(word) : " " + word);
        }
        return sentence.append('.').toString();
    }

    Set<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(Vocabulary.pick(Vocabulary.TAGS, random));
        }
        return tags;
    }

    /** What the portal would store as the rendered body: paragraphs, escaped (the search does not read it). */
    static String html(String markdown) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : markdown.split("\n\n")) {
            html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>\n");
        }
        return html.toString();
    }

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
