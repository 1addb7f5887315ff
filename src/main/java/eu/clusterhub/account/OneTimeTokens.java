package eu.clusterhub.account;

/** Looks up a link token for its purpose, refusing unknown, used and expired ones. */
final class OneTimeTokens {

    private OneTimeTokens() {
    }

    static OneTimeToken usable(AccountRepository accounts, String token, OneTimeToken.Purpose... purposes) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidToken("This link is not valid");
        }
        OneTimeToken stored = accounts.oneTimeToken(SecretTokens.hash(token))
                .filter(t -> java.util.Arrays.asList(purposes).contains(t.getPurpose()))
                .orElseThrow(() -> new InvalidToken("This link is not valid"));
        if (!stored.isUsable(Clock.now())) {
            throw new InvalidToken("This link was used already or has expired");
        }
        return stored;
    }
}
