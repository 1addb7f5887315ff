package eu.clusterhub.platform.web;

import jakarta.faces.context.FacesContext;

/** A parameter of the current page's query string (?page=2, ?post=17), as text or as an id. */
public final class QueryParameter {

    private QueryParameter() {
    }

    /** The parameter's value, or null when absent. */
    public static String text(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** The parameter as a positive id, or null when absent or not a number. */
    public static Long id(String name) {
        String value = text(name);
        return value != null && value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
    }
}
