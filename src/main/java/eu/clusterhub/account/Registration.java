package eu.clusterhub.account;

/** What a person fills in to register (or an admin to create an account). */
public record Registration(String email, String password, String displayName, String organisationName,
                           String organisationKind, String country, String sector, boolean acceptedTerms) {
}
