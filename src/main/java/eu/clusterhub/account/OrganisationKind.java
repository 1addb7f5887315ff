package eu.clusterhub.account;

/** The kinds of organisation a member can belong to. */
public enum OrganisationKind {
    COMPANY("Company"),
    CLUSTER_ORGANISATION("Cluster organisation"),
    PUBLIC_AUTHORITY("Public authority"),
    RESEARCH_TECHNOLOGY("Research & technology organisation"),
    OTHER("Other");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
