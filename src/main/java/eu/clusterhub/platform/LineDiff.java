package eu.clusterhub.platform;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A line-by-line diff of two texts (java-diff-utils), unchanged lines kept as context. */
public final class LineDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    /** One line of a diff; the getters serve pages. */
    public record Line(Kind kind, String text) {

        public String getCssClass() {
            return "diff-" + kind.name().toLowerCase();
        }

        public String getMarker() {
            return switch (kind) {
                case SAME -> " ";
                case REMOVED -> "−";
                case ADDED -> "+";
            };
        }

        public String getText() {
            return text;
        }

        public String getLabel() {
            return switch (kind) {
                case SAME -> "";
                case REMOVED -> "removed: ";
                case ADDED -> "added: ";
            };
        }
    }

    private LineDiff() {
    }

    public static List<Line> between(String before, String after) {
        List<String> old = split(before);
        List<String> now = split(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Line> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                lines.add(new Line(Kind.SAME, old.get(position)));
            }
            delta.getSource().getLines().forEach(l -> lines.add(new Line(Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new Line(Kind.ADDED, l)));
            position += delta.getSource().size();
        }
        for (; position < old.size(); position++) {
            lines.add(new Line(Kind.SAME, old.get(position)));
        }
        return lines;
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
