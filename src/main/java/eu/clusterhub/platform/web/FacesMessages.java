package eu.clusterhub.platform.web;

import eu.clusterhub.platform.NotAuthenticated;
import eu.clusterhub.platform.Refusal;
import eu.clusterhub.platform.ValidationFailed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Puts messages on a page: field errors next to their inputs, the rest at the top. The one
 * place where the domain's refusals (see {@link Refusal}) become what a page says: views run
 * their actions through {@link #attempt}, or hand a caught refusal to {@link #refused}.
 */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /**
     * Shows each field error at the input the map names for its field (e.g. "email" to
     * "register:email"); errors of unmapped fields go to the top of the page.
     */
    public static void fieldErrors(ValidationFailed failure, Map<String, String> inputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (ValidationFailed.FieldError error : failure.errors()) {
            faces.addMessage(inputs.get(error.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
        }
        faces.validationFailed();
    }

    /** Says why an action was refused, at the top of the page (field errors at the top too). */
    public static void refused(Refusal refusal) {
        refused(refusal, Map.of());
    }

    /** Says why an action was refused: field errors at the inputs the map names, anything else at the top. */
    public static void refused(Refusal refusal, Map<String, String> inputs) {
        if (refusal instanceof ValidationFailed invalid) {
            fieldErrors(invalid, inputs);
        } else if (refusal instanceof NotAuthenticated) {
            error("Please sign in again: your session has ended.");
        } else {
            error(sentence(refusal.reason()));
        }
    }

    /**
     * Runs a page's action. When a rule refuses it, the page says why (and keeps what was
     * typed); returns whether the action went through.
     */
    public static boolean attempt(Runnable action) {
        return attempt(Map.of(), action);
    }

    /** As {@link #attempt(Runnable)}, with field errors shown at the inputs the map names. */
    public static boolean attempt(Map<String, String> inputs, Runnable action) {
        try {
            action.run();
            return true;
        } catch (Refusal refusal) {
            refused(refusal, inputs);
            return false;
        }
    }

    /** The API's reasons are phrases; a page shows them as sentences. */
    static String sentence(String reason) {
        if (reason == null || reason.isEmpty()) {
            return "This was not possible.";
        }
        char last = reason.charAt(reason.length() - 1);
        return last == '.' || last == '!' || last == '?' ? reason : reason + ".";
    }
}
