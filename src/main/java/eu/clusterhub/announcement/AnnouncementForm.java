package eu.clusterhub.announcement;

import java.util.ArrayList;
import java.util.List;

/** The editor's fields as typed, kept as text so a refused save gives every keystroke back. */
public class AnnouncementForm {

    private String title;
    private String summary;
    private String body;
    private String sourceType;
    private String issuingBody;
    private String country;
    private List<String> topics = new ArrayList<>();
    private final String[] linkUrls;
    private final String[] linkLabels;
    private String effectiveDate;
    private String expiryDate;
    private String language = "en";
    private boolean verified;
    private long version;

    AnnouncementForm(int linkRows) {
        linkUrls = new String[linkRows];
        linkLabels = new String[linkRows];
    }

    void fill(Announcement a) {
        title = a.getTitle();
        summary = a.getSummary();
        body = a.getBodyMarkdown();
        sourceType = a.getSourceType().name();
        issuingBody = a.getIssuingBody();
        country = a.getCountry();
        topics = new ArrayList<>(a.getTopics().stream().map(Topic::getSlug).toList());
        List<OfficialLink> links = a.getLinks();
        for (int i = 0; i < links.size() && i < linkUrls.length; i++) {
            linkUrls[i] = links.get(i).getUrl();
            linkLabels[i] = links.get(i).getLabel();
        }
        effectiveDate = a.getEffectiveDate().toString();
        expiryDate = a.getExpiryDate() == null ? null : a.getExpiryDate().toString();
        language = a.getLanguage();
        version = a.getVersion();
    }

    AnnouncementInput input() {
        List<AnnouncementInput.LinkInput> links = new ArrayList<>();
        for (int i = 0; i < linkUrls.length; i++) {
            links.add(new AnnouncementInput.LinkInput(linkUrls[i], linkLabels[i]));
        }
        return new AnnouncementInput(title, summary, body, sourceType, issuingBody, country, topics, links,
                effectiveDate, expiryDate, language, verified);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSourceType() { return sourceType; }
    public void setSourceType(String sourceType) { this.sourceType = sourceType; }
    public String getIssuingBody() { return issuingBody; }
    public void setIssuingBody(String issuingBody) { this.issuingBody = issuingBody; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics == null ? new ArrayList<>() : topics; }
    public String[] getLinkUrls() { return linkUrls; }
    public String[] getLinkLabels() { return linkLabels; }
    public String getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(String effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getExpiryDate() { return expiryDate; }
    public void setExpiryDate(String expiryDate) { this.expiryDate = expiryDate; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isVerified() { return verified; }
    public void setVerified(boolean verified) { this.verified = verified; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
