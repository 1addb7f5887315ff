package eu.clusterhub.platform.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Writes PrimeFaces' CSP nonce into every form as a hidden field. In its CSP mode PrimeFaces
 * refuses a postback that does not send back the nonce of the page it came from; its own
 * script would add the field, but pages without widgets load no PrimeFaces script (see
 * {@link WidgetAwareHeadRenderer}), and a form should post without script anyway.
 * Installed around the standard form renderer when the application starts.
 */
public class CspNonceFormRenderer extends RendererWrapper {

    static final String FIELD = "primefaces.nonce";
    private static final String FORM = "jakarta.faces.Form";

    public CspNonceFormRenderer(Renderer wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", FIELD, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
        super.encodeEnd(context, component);
    }

    /** Puts the renderer around the standard HTML form renderer (faces-config.xml registers this). */
    public static class Installer implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return true;
        }

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            RenderKitFactory factory = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
            RenderKit kit = factory.getRenderKit(null, RenderKitFactory.HTML_BASIC_RENDER_KIT);
            Renderer standard = kit.getRenderer(FORM, FORM);
            if (!(standard instanceof CspNonceFormRenderer)) {
                kit.addRenderer(FORM, FORM, new CspNonceFormRenderer(standard));
            }
        }
    }
}
