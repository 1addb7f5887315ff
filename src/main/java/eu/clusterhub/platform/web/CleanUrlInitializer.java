package eu.clusterhub.platform.web;

import jakarta.servlet.HttpConstraintElement;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletSecurityElement;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.servlet.annotation.ServletSecurity.TransportGuarantee;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Serves the pages that the features declare. The container hands over every
 * {@link FeaturePages} class of the application ({@link HandlesTypes}); their sections
 * become the application's {@link CleanUrls}, and the clean-URL servlet is mapped to them:
 * one registration per {@link Access} level, the member, moderator and admin ones carrying
 * the container security constraint for their role, just as a security-constraint in
 * web.xml would (a visitor who is not signed in is sent to the sign-in page by
 * {@code account.PortalAuthentication}; a caller without the role gets 403).
 * Registered in META-INF/services/jakarta.servlet.ServletContainerInitializer.
 */
@HandlesTypes(FeaturePages.class)
public class CleanUrlInitializer implements ServletContainerInitializer {

    private static final Logger LOG = Logger.getLogger(CleanUrlInitializer.class.getName());

    @Override
    public void onStartup(Set<Class<?>> found, ServletContext context) {
        List<FeaturePages> features = instantiate(found);
        CleanUrls urls = CleanUrls.of(features);
        context.setAttribute(CleanUrls.ATTRIBUTE, urls);
        for (Access access : Access.values()) {
            String[] patterns = urls.patterns(access);
            if (patterns.length == 0) {
                continue;
            }
            String name = access == Access.ANYONE ? "cleanUrls" : "cleanUrls." + access.name().toLowerCase();
            ServletRegistration.Dynamic servlet = context.addServlet(name, new CleanUrlServlet(urls));
            Set<String> taken = servlet.addMapping(patterns);
            if (!taken.isEmpty()) {
                throw new IllegalStateException("Sections at URLs that another servlet serves: " + taken);
            }
            if (access.role() != null) {
                servlet.setServletSecurity(new ServletSecurityElement(new HttpConstraintElement(TransportGuarantee.NONE, access.role())));
            }
        }
        LOG.info(() -> "Clean URLs of " + features.size() + " features: " + urls.sections().size() + " sections");
    }

    static List<FeaturePages> instantiate(Set<Class<?>> found) {
        List<FeaturePages> features = new ArrayList<>();
        if (found == null) {
            return features;
        }
        found.stream()
                .filter(FeaturePages.class::isAssignableFrom)
                .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
                .sorted(Comparator.comparing(Class::getName))
                .forEach(type -> {
                    try {
                        features.add((FeaturePages) type.getDeclaredConstructor().newInstance());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(type.getName() + " needs a public constructor without arguments", e);
                    }
                });
        return features;
    }
}
