package eu.clusterhub.platform.web;

import eu.clusterhub.platform.ValidationFailed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/** Puts messages on a page: field errors next to their inputs, the rest at the top. */
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
}
