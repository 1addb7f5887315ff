package eu.clusterhub.account;

import eu.clusterhub.platform.ValidationFailed.FieldError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules for account data, with messages a person can act on. No side effects. */
public final class AccountRules {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;
    static final int MAX_EMAIL = 254;
    static final int MAX_DISPLAY_NAME = 80;
    static final int MAX_ORGANISATION = 200;
    static final int MAX_SECTOR = 120;

    // Deliberately plain: one @, no spaces or angle brackets, a dotted domain.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Set<String> COMMON_PASSWORDS = load("common-passwords.txt");

    private AccountRules() {
    }

    public static List<FieldError> check(Registration r) {
        List<FieldError> errors = new ArrayList<>();
        emailError(r.email()).ifPresent(m -> errors.add(new FieldError("email", m)));
        passwordError(r.password(), r.email()).ifPresent(m -> errors.add(new FieldError("password", m)));
        textError(r.displayName(), 2, MAX_DISPLAY_NAME).ifPresent(m -> errors.add(new FieldError("displayName", m)));
        textError(r.organisationName(), 2, MAX_ORGANISATION).ifPresent(m -> errors.add(new FieldError("organisation.name", m)));
        if (kind(r.organisationKind()) == null) {
            errors.add(new FieldError("organisation.kind", "Choose one of: " + kinds()));
        }
        if (!Countries.isKnown(r.country())) {
            errors.add(new FieldError("organisation.country", "Choose a country from the list (ZZ for other)"));
        }
        if (r.sector() != null && !r.sector().isBlank()) {
            textError(r.sector(), 2, MAX_SECTOR).ifPresent(m -> errors.add(new FieldError("organisation.sector", m)));
        }
        if (!r.acceptedTerms()) {
            errors.add(new FieldError("acceptTerms", "Please accept the terms of use and the privacy notice"));
        }
        return errors;
    }

    /** The address as stored and compared: trimmed and lower-cased. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static java.util.Optional<String> emailError(String email) {
        String normalised = normaliseEmail(email);
        if (normalised == null || normalised.isEmpty()) {
            return java.util.Optional.of("Enter your email address");
        }
        if (normalised.length() > MAX_EMAIL) {
            return java.util.Optional.of("An email address has at most " + MAX_EMAIL + " characters");
        }
        if (!EMAIL.matcher(normalised).matches()) {
            return java.util.Optional.of("Enter an email address like name@example.org");
        }
        return java.util.Optional.empty();
    }

    static java.util.Optional<String> passwordError(String password, String email) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return java.util.Optional.of("Use at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            return java.util.Optional.of("Use at most " + MAX_PASSWORD + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON_PASSWORDS.contains(lower) || password.chars().distinct().count() <= 2) {
            return java.util.Optional.of("This password is too common; choose another");
        }
        String local = email == null || !email.contains("@") ? null : normaliseEmail(email).substring(0, normaliseEmail(email).indexOf('@'));
        if (local != null && local.length() >= 4 && lower.contains(local)) {
            return java.util.Optional.of("The password must not contain your email address");
        }
        return java.util.Optional.empty();
    }

    static java.util.Optional<String> textError(String text, int min, int max) {
        String value = text == null ? "" : text.strip();
        if (value.length() < min) {
            return java.util.Optional.of(value.isEmpty() ? "This field is required" : "Use at least " + min + " characters");
        }
        if (value.codePointCount(0, value.length()) > max) {
            return java.util.Optional.of("Use at most " + max + " characters");
        }
        if (CONTROL.matcher(value).find()) {
            return java.util.Optional.of("Control characters are not allowed");
        }
        return java.util.Optional.empty();
    }

    static OrganisationKind kind(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OrganisationKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String kinds() {
        return java.util.Arrays.stream(OrganisationKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Set<String> load(String resource) {
        try (var in = AccountRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
