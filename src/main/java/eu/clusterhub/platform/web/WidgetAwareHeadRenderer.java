package eu.clusterhub.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' head, written only for pages that hold a PrimeFaces widget: elsewhere no
 * theme, icon font, locale script, settings or start-up scripts. A feature that puts a
 * chart or an autocomplete on one of its pages gets all of it on that page alone, without
 * declaring anything; every other page stays light. (PrimeFaces' CSP start-up script is
 * among those left out; forms carry the nonce themselves, see {@link CspNonceFormRenderer}.)
 */
public class WidgetAwareHeadRenderer extends HeadRenderer {

    @Override
    protected void encodeCSS(FacesContext context, String library, String resource) throws IOException {
        if (PrimeFacesWidgets.onPage(context)) {
            super.encodeCSS(context, library, resource);
        }
    }

    @Override
    protected void encodeValidationResources(FacesContext context, PrimeConfiguration configuration) {
        if (PrimeFacesWidgets.onPage(context)) {
            super.encodeValidationResources(context, configuration);
        }
    }

    @Override
    protected void encodeLocaleResources(FacesContext context, PrimeConfiguration configuration) {
        if (PrimeFacesWidgets.onPage(context)) {
            super.encodeLocaleResources(context, configuration);
        }
    }

    @Override
    protected void encodeSettingScripts(FacesContext context, PrimeRequestContext requestContext,
                                        PrimeConfiguration configuration, ResponseWriter writer) throws IOException {
        if (PrimeFacesWidgets.onPage(context)) {
            super.encodeSettingScripts(context, requestContext, configuration, writer);
        }
    }

    @Override
    protected void encodeInitScripts(FacesContext context, PrimeRequestContext requestContext,
                                     PrimeConfiguration configuration, ResponseWriter writer) throws IOException {
        if (PrimeFacesWidgets.onPage(context)) {
            super.encodeInitScripts(context, requestContext, configuration, writer);
        }
    }
}
