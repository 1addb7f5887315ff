package eu.clusterhub.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;

/**
 * Whether the page being rendered holds a PrimeFaces widget. A widget declares its scripts
 * as component resources of the "primefaces" library when it is added to the view, so by
 * the time the head is rendered the answer is known. Pages without one need none of
 * PrimeFaces' theme, icons, settings or start-up scripts (about 600 KiB on a phone).
 */
public final class PrimeFacesWidgets {

    static final String LIBRARY = "primefaces";
    private static final List<String> TARGETS = List.of("head", "body", "form");

    private PrimeFacesWidgets() {
    }

    public static boolean onPage(FacesContext context) {
        if (context.getViewRoot() == null) {
            return false;
        }
        for (String target : TARGETS) {
            for (UIComponent resource : context.getViewRoot().getComponentResources(context, target)) {
                Object library = resource.getAttributes().get("library");
                Object name = resource.getAttributes().get("name");
                if (LIBRARY.equals(library) && name instanceof String script && script.endsWith(".js")) {
                    return true;
                }
            }
        }
        return false;
    }
}
