package eu.clusterhub.announcement;

import eu.clusterhub.platform.LineDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two snapshots: for each changed field the old and new value, and
 * for multi-line fields (body, links, topics) a line diff with unchanged lines as context.
 */
public record RevisionDiff(List<FieldChange> changes) {

    public record FieldChange(String field, String before, String after, List<LineDiff.Line> lines) {

        public String getLabel() {
            return Snapshot.LABELS.getOrDefault(field, field);
        }

        public List<LineDiff.Line> getLines() {
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

    static List<LineDiff.Line> lines(String before, String after) {
        return LineDiff.between(before, after);
    }
}
