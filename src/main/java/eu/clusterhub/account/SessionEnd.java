package eu.clusterhub.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets sessions that end (sign-out, time-out) so the registry does not grow. */
@WebListener
public class SessionEnd implements HttpSessionListener {

    @Inject
    private SessionRegistry sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }
}
