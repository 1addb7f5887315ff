package eu.clusterhub.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import eu.clusterhub.platform.LineDiff.Kind;
import eu.clusterhub.platform.LineDiff.Line;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    @Test
    void onlyChangedFieldsAppearWithALineDiffKeepingContext() {
        Snapshot before = snapshot("Old title", "line one\nline two\nline three");
        Snapshot after = snapshot("Old title", "line one\nline 2\nline three\nline four");

        RevisionDiff diff = RevisionDiff.between(before, after);

        assertThat(diff.changes()).extracting(RevisionDiff.FieldChange::field).containsExactly("body");
        assertThat(diff.changes().get(0).lines()).containsExactly(
                new Line(Kind.SAME, "line one"), new Line(Kind.REMOVED, "line two"), new Line(Kind.ADDED, "line 2"),
                new Line(Kind.SAME, "line three"), new Line(Kind.ADDED, "line four"));
    }

    @Test
    void theFirstRevisionShowsEveryFieldThatHasAValueAsAdded() {
        RevisionDiff diff = RevisionDiff.between(null, snapshot("Title", "Body"));
        assertThat(diff.changes()).extracting(RevisionDiff.FieldChange::field).containsExactly("title", "body");
        assertThat(diff.changes().get(0).lines()).containsExactly(new Line(Kind.ADDED, "Title"));
    }

    @Test
    void snapshotsSurviveTheirJsonForm() {
        Snapshot snapshot = snapshot("A \"quoted\" <title>", "x\ny");
        assertThat(Snapshot.fromJson(snapshot.toJson())).isEqualTo(snapshot);
    }

    private static Snapshot snapshot(String title, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        fields.put("country", null);
        return new Snapshot(fields);
    }
}
