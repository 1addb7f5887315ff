package eu.clusterhub.search;

import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * What the index holds of one searchable text: a reply (kind "post"), a thread (its title
 * and first post, kind "thread"), a published announcement, or a listing of matchmaking:
 * an offer of production capacity (kind "offer") or a need (kind "need"). Listings also hold
 * their categories (the category and its ancestors), certifications and the countries they
 * serve (an offer) or deliver to (a need). Built from the database by
 * {@link TextDocuments}; the title and body go into the fields of the text's language
 * ({@link LanguageFields}), the rest are filters, facets and what a hit shows.
 */
@SearchEntity(name = "Text")
@Indexed(index = "texts")
@TypeBinding(binder = @TypeBinderRef(type = LanguageFields.class))
public class TextDocument {

    @DocumentId
    private final String key;

    @KeywordField(projectable = Projectable.YES)
    private final String kind;

    @GenericField(projectable = Projectable.YES)
    private final long entityId;

    @GenericField(projectable = Projectable.YES)
    private final Long threadId;

    @KeywordField(projectable = Projectable.YES)
    private final String title;

    private final String body;

    @KeywordField(projectable = Projectable.YES)
    private final String language;

    @KeywordField(projectable = Projectable.YES)
    private final String board;

    @KeywordField
    private final String type;

    @KeywordField
    private final List<String> tags;

    @KeywordField
    private final String country;

    /** A listing's category slug and its ancestors' slugs (a filter on "masks" finds FFP2 masks). */
    @KeywordField
    private final List<String> categories;

    /** A listing's certification slugs. */
    @KeywordField
    private final List<String> certifications;

    /** The countries a listing serves (an offer) or delivers to (a need); the other kinds keep {@link #country}. */
    @KeywordField
    private final List<String> countries;

    @KeywordField
    private final String sourceType;

    @KeywordField(projectable = Projectable.YES)
    private final String organisation;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES, aggregable = Aggregable.YES)
    private final LocalDateTime createdAt;

    /** Every facet in one field: see {@link FacetValues}. */
    @KeywordField(name = FacetValues.FIELD, aggregable = Aggregable.YES)
    private final List<String> facetValues;

    /** When this version of the document was built: a rebuild removes what it did not rebuild. */
    @GenericField
    private final long indexedAt = System.currentTimeMillis();

    /**
     * One of {@link #SAMPLES} groups, fixed per document: facets of very large results are
     * counted on group {@link #SAMPLE} only and scaled up.
     */
    @KeywordField
    private final String sample;

    static final int SAMPLES = 64;
    static final String SAMPLE = "0";

    /** Where a hit leads, from the site's root, e.g. /announcements/green-lanes. */
    @KeywordField(projectable = Projectable.YES)
    private final String path;

    TextDocument(String kind, long entityId, Long threadId, String title, String body, String language, String board,
                 String type, List<String> tags, String country, String sourceType, String organisation, LocalDateTime createdAt, String path) {
        this(kind, entityId, threadId, title, body, language, board, type, tags, country, sourceType, organisation, createdAt, path,
                List.of(), List.of(), List.of());
    }

    /** A listing (offer or need), with its categories, certifications and countries. */
    TextDocument(String kind, long entityId, Long threadId, String title, String body, String language, String board,
                 String type, List<String> tags, String country, String sourceType, String organisation, LocalDateTime createdAt, String path,
                 List<String> categories, List<String> certifications, List<String> countries) {
        this.key = key(kind, entityId);
        this.kind = kind;
        this.entityId = entityId;
        this.threadId = threadId;
        this.title = title;
        this.body = body;
        this.language = language;
        this.board = board;
        this.type = type;
        this.tags = tags;
        this.country = country;
        this.sourceType = sourceType;
        this.organisation = organisation;
        this.createdAt = createdAt;
        this.path = path;
        this.categories = List.copyOf(categories);
        this.certifications = List.copyOf(certifications);
        this.countries = List.copyOf(countries);
        this.facetValues = FacetValues.of(kind, board, type, countries.isEmpty() && country != null ? List.of(country) : countries,
                categories, certifications);
        this.sample = Integer.toString(Math.floorMod(key.hashCode(), SAMPLES));
    }

    static String key(String kind, long id) {
        return kind + ":" + id;
    }

    public String getKey() { return key; }
    public String getKind() { return kind; }
    public long getEntityId() { return entityId; }
    public Long getThreadId() { return threadId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getLanguage() { return language; }
    public String getBoard() { return board; }
    public String getType() { return type; }
    public List<String> getTags() { return tags; }
    public String getCountry() { return country; }
    public List<String> getCategories() { return categories; }
    public List<String> getCertifications() { return certifications; }
    public List<String> getCountries() { return countries; }
    public String getSourceType() { return sourceType; }
    public String getOrganisation() { return organisation; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getPath() { return path; }
    public long getIndexedAt() { return indexedAt; }
    public List<String> getFacetValues() { return facetValues; }
    public String getSample() { return sample; }
}
