package eu.clusterhub.moderation;

import static eu.clusterhub.moderation.Staff.expect;
import static eu.clusterhub.moderation.Staff.unique;

import java.util.Map;

/** The thread tools' staff actions (forum.ThreadToolActions): rename, merge, split. */
class ThreadToolScripts implements StaffActionScripts {

    @Override
    public Map<String, Script> scripts() {
        return Map.of(
                "thread.rename", s -> {
                    long thread = ForumScripts.thread(s, "question");
                    expect(200, s.moderatorApi().put("threads/" + thread + "/title",
                            "{\"title\":\"Renamed " + unique() + "\",\"reason\":\"clearer\"}"));
                    return Expected.of(s.moderator, "thread", thread);
                },
                "thread.merge", s -> {
                    long source = ForumScripts.thread(s, "question");
                    long target = ForumScripts.thread(s, "question");
                    expect(200, s.moderatorApi().post("threads/" + source + "/merge", "{\"into\":" + target + ",\"reason\":\"same\"}"));
                    return Expected.of(s.moderator, "thread", source);
                },
                "thread.split", s -> {
                    long thread = ForumScripts.thread(s, "question");
                    long reply = ForumScripts.reply(s, thread);
                    expect(201, s.moderatorApi().post("threads/" + thread + "/split",
                            "{\"postIds\":[" + reply + "],\"title\":\"Split " + unique() + "\",\"reason\":\"another topic\"}"));
                    return Expected.of(s.moderator, "thread", thread);
                });
    }
}
