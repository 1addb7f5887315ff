package eu.clusterhub.platform.web;

import eu.clusterhub.platform.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The language a text is written in, as offered in every writing form: the EU languages
 * under their own names, preselected with the reader's first EU browser language (the
 * search analyses each text with its language's stemmer, so it matters which one it is).
 */
@Named
@ApplicationScoped
public class TextLanguages {

    private static final List<SelectItem> OPTIONS = Languages.NAMES.entrySet().stream()
            .map(TextLanguages::item).toList();

    public List<SelectItem> getOptions() {
        return OPTIONS;
    }

    /** The language to preselect in a new text's form. */
    public static String preferred() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Languages.FALLBACK;
        }
        return Languages.preferred(() -> faces.getExternalContext().getRequestLocales());
    }

    public String name(String code) {
        return Languages.NAMES.getOrDefault(code, code);
    }

    private static SelectItem item(Map.Entry<String, String> entry) {
        return new SelectItem(entry.getKey(), entry.getValue() + " (" + entry.getKey() + ")");
    }
}
