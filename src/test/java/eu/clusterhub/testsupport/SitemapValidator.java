package eu.clusterhub.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks sitemaps against the XML Schemas of the sitemaps.org protocol (kept offline in
 * src/test/resources/sitemaps): {@code sitemap.xsd} for a urlset, {@code siteindex.xsd}
 * for an index.
 */
public final class SitemapValidator {

    private SitemapValidator() {
    }

    /** Every problem of a urlset as "line:column: message"; empty when valid. */
    public static List<String> urlsetProblems(String xml) {
        return problems("/sitemaps/sitemap.xsd", xml);
    }

    /** Every problem of a sitemap index as "line:column: message"; empty when valid. */
    public static List<String> indexProblems(String xml) {
        return problems("/sitemaps/siteindex.xsd", xml);
    }

    private static List<String> problems(String schemaResource, String xml) {
        List<String> problems = new ArrayList<>();
        try {
            // the JDK's own XSD validator, whatever else (Jing) the classpath registers
            Schema schema = SchemaFactory.newDefaultInstance()
                    .newSchema(new StreamSource(SitemapValidator.class.getResource(schemaResource).toExternalForm()));
            Validator validator = schema.newValidator();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a document invalid
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            problems.add("not XML: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return problems;
    }
}
