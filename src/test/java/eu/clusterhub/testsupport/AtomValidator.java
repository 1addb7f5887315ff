package eu.clusterhub.testsupport;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Checks an Atom document against the RELAX NG grammar of RFC 4287 (atom.rnc) with Jing. */
public final class AtomValidator {

    private AtomValidator() {
    }

    /** Every problem as "line:column: message"; empty when the document is valid Atom. */
    public static List<String> problems(String xml) {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
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
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        try {
            InputSource grammar = new InputSource(AtomValidator.class.getResource("atom.rnc").toExternalForm());
            if (!driver.loadSchema(grammar)) {
                throw new IllegalStateException("the Atom grammar does not load: " + problems);
            }
            driver.validate(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            problems.add("not readable: " + e.getMessage());
        }
        return problems;
    }
}
