package eu.clusterhub.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link to the official source of a measure: a legal act, a press release, a form. */
@Embeddable
public class OfficialLink {

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(nullable = false, length = 200)
    private String label;

    protected OfficialLink() {
        // for JPA
    }

    public OfficialLink(String url, String label) {
        this.url = url;
        this.label = label;
    }

    public String getUrl() {
        return url;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfficialLink link && link.url.equals(url) && link.label.equals(label);
    }

    @Override
    public int hashCode() {
        return url.hashCode() * 31 + label.hashCode();
    }
}
