package eu.clusterhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletSecurityElement;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the features' declarations become servlets, mappings and role constraints at start-up. */
class CleanUrlInitializerTest {

    /** A feature that platform has never heard of. */
    public static class MatchmakingPages implements FeaturePages {
        @Override
        public List<Section> sections() {
            return List.of(
                    Section.at("/matches").list("/views/matchmaking/matches.xhtml").item("/views/matchmaking/match.xhtml")
                            .withForms().requires(Access.MEMBER),
                    Section.at("/moderation/matches").list("/views/matchmaking/review.xhtml").requires(Access.MODERATOR),
                    Section.at("/clusters").list("/views/matchmaking/clusters.xhtml"));
        }
    }

    public abstract static class HalfAFeature implements FeaturePages {
    }

    static class HiddenPages implements FeaturePages {
        private HiddenPages() {
        }

        @Override
        public List<Section> sections() {
            return List.of();
        }
    }

    private final FakeContext context = new FakeContext();

    @Test
    void aNewFeaturesDeclarationIsPickedUpWithItsPagesFormsAndRoles() {
        Set<Class<?>> found = new LinkedHashSet<>(DeclaredFeatures.classes());
        found.add(MatchmakingPages.class);
        found.add(HalfAFeature.class);   // the container hands over abstract types and the interface too
        found.add(FeaturePages.class);

        new CleanUrlInitializer().onStartup(found, context.proxy());

        CleanUrls urls = CleanUrls.of(context.proxy());
        assertThat(urls.resolve("/matches", "/7")).contains(new CleanUrls.Target("/views/matchmaking/match.xhtml", Optional.of("7")));
        assertThat(urls.urlOf("/views/matchmaking/matches.xhtml", Optional.empty())).contains("/matches");
        assertThat(urls.hasForms("/views/matchmaking/match.xhtml")).isTrue();
        assertThat(urls.hasForms("/views/matchmaking/clusters.xhtml")).isFalse();
        assertThat(urls.resolve("/boards", "/funding")).as("the application's own features alongside")
                .contains(new CleanUrls.Target("/views/forum/board.xhtml", Optional.of("funding")));

        assertThat(context.mappings.get("cleanUrls")).contains("/clusters/*", "/boards/*").doesNotContain("/matches/*");
        assertThat(context.mappings.get("cleanUrls.member")).contains("/matches/*", "/profile/*");
        assertThat(context.mappings.get("cleanUrls.moderator")).contains("/moderation/matches/*");
        assertThat(context.security.get("cleanUrls")).isNull();
        assertThat(rolesOf("cleanUrls.member")).containsExactly("MEMBER");
        assertThat(rolesOf("cleanUrls.moderator")).containsExactly("MODERATOR");
        assertThat(rolesOf("cleanUrls.admin")).containsExactly("ADMIN");
    }

    @Test
    void aDeclarationTheContainerCannotCreateStopsTheStart() {
        assertThatThrownBy(() -> new CleanUrlInitializer().onStartup(Set.of(HiddenPages.class), context.proxy()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(HiddenPages.class.getName());
    }

    @Test
    void everyFeatureOfTheApplicationCanBeCreatedByTheContainer() {
        assertThat(CleanUrlInitializer.instantiate(DeclaredFeatures.classes())).extracting(feature -> feature.getClass().getSimpleName())
                .contains("AccountPages", "AnnouncementPages", "ContentPages", "ForumPages", "SearchPages");
    }

    @Test
    void theContainerFindsTheInitializer() throws IOException {
        List<String> named = new ArrayList<>();
        for (URL file : Collections.list(getClass().getClassLoader().getResources("META-INF/services/jakarta.servlet.ServletContainerInitializer"))) {
            try (InputStream in = file.openStream()) {
                named.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).toList());
            }
        }
        assertThat(named).contains(CleanUrlInitializer.class.getName());
    }

    private String[] rolesOf(String servlet) {
        return context.security.get(servlet).getRolesAllowed();
    }

    /** Just enough of a servlet context to watch what the initializer registers. */
    private static final class FakeContext {
        final Map<String, Object> attributes = new HashMap<>();
        final Map<String, List<String>> mappings = new LinkedHashMap<>();
        final Map<String, ServletSecurityElement> security = new HashMap<>();

        ServletContext proxy() {
            return (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ServletContext.class},
                    (self, method, args) -> switch (method.getName()) {
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "addServlet" -> registration((String) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private ServletRegistration.Dynamic registration(String name) {
            assertThat(mappings).as("servlet names are unique").doesNotContainKey(name);
            mappings.put(name, new ArrayList<>());
            return (ServletRegistration.Dynamic) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ServletRegistration.Dynamic.class},
                    (self, method, args) -> switch (method.getName()) {
                        case "addMapping" -> {
                            mappings.get(name).addAll(List.of((String[]) args[0]));
                            yield Set.of();
                        }
                        case "setServletSecurity" -> {
                            security.put(name, (ServletSecurityElement) args[0]);
                            yield Set.of();
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
