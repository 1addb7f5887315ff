package eu.clusterhub.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The record of one content import, kept whether it succeeded or not. Times are UTC. */
@Entity
@Table(name = "content_import_run")
public class ImportRun {

    public enum Status { OK, FAILED }

    static final int MAX_MESSAGE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at", nullable = false)
    private LocalDateTime finishedAt;

    @Column(nullable = false, length = 500)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    private int created;
    private int updated;
    private int unchanged;

    @Column(length = MAX_MESSAGE)
    private String message;

    protected ImportRun() {
        // for JPA
    }

    ImportRun(ImportReport report) {
        this.startedAt = report.startedAt();
        this.finishedAt = report.finishedAt();
        this.source = report.source();
        this.status = report.failure() == null ? Status.OK : Status.FAILED;
        this.created = report.created();
        this.updated = report.updated();
        this.unchanged = report.unchanged();
        this.message = report.failure() == null ? null : truncate(report.failure());
    }

    private static String truncate(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }

    public Status getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }
}
