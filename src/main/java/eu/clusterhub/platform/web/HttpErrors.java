package eu.clusterhub.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a Faces request with an HTTP error, shown by the friendly error page of its status. */
public final class HttpErrors {

    private HttpErrors() {
    }

    public static void send(int status, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Sends the browser on to a path of this site (POST-redirect-GET). */
    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 301 to a path of this site: the resource lives there now (a merged thread, say). */
    public static void movedPermanently(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.setResponseStatus(301);
        external.setResponseHeader("Location", external.getRequestContextPath() + path);
        faces.responseComplete();
    }
}
