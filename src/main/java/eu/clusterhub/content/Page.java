package eu.clusterhub.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A static page (about, terms, privacy), its HTML rendered and sanitized at import. */
@Entity
@Table(name = "page")
public class Page {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String slug;

    @Column(nullable = false, length = 120)
    private String title;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Page() {
        // for JPA
    }

    Page(String slug) {
        this.slug = slug;
    }

    /** Takes a new version of the page; false when the source did not change. */
    boolean take(String newTitle, String html, String hash) {
        if (hash.equals(sourceHash)) {
            return false;
        }
        title = newTitle;
        bodyHtml = html;
        sourceHash = hash;
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
        return true;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    /** Sanitized HTML: safe to output unescaped. */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
