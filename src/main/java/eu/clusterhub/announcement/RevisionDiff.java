package eu.clusterhub.announcement;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two snapshots: for each changed field the old and new value, and
 * for multi-line fields (body, links, topics) a line diff with unchanged lines as context.
 */
public record RevisionDiff(List<FieldChange> changes) {

    public enum Kind { SAME, REMOVED, ADDED }

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
    }

    public record FieldChange(String field, String before, String after, List<Line> lines) {

        public String getLabel() {
            return Snapshot.LABELS.getOrDefault(field, field);
        }

        public List<Line> getLines() {
            return lines;
        }
    }

    /** The changes from {@code before} (null: nothing, the first revision) to {@code after}. */
    public static RevisionDiff between(Snapshot before, Snapshot after) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : after.changedSince(before)) {
            String old = before == null ? null : before.get(field);
            String now = after.get(field);
            changes.add(new FieldChange(field, old, now, lines(old, now)));
        }
        return new RevisionDiff(changes);
    }

    public List<FieldChange> getChanges() {
        return changes;
    }

    static List<Line> lines(String before, String after) {
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
        return Objects.isNull(text) ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
