import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words the generated forum is written in: per language, real domain words and set
 * phrases (what members of industrial clusters wrote about in 2020), function words, and a
 * shared pool of made-up words drawn with a Zipf distribution so the index has a realistic
 * long tail of rare terms. Deterministic for a given seed.
 */
final class Vocabulary {

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "it", "es", "pl", "nl");
    /** Share of posts per language, in the order of {@link #LANGUAGES}. */
    static final double[] LANGUAGE_SHARE = {0.40, 0.15, 0.12, 0.12, 0.10, 0.06, 0.05};

    static final Map<String, String[]> DOMAIN = Map.of(
            "en", words("ventilator ventilators valve valves mask masks respirator respirators visor visors gown gowns glove gloves"
                    + " hospital hospitals supplier suppliers production printer printers printing filament certification"
                    + " certified delivery deliveries shortage shortages capacity machining moulding injection sanitiser"
                    + " disinfectant funding loan loans export customs logistics warehouse component components"),
            "de", words("Beatmungsgerät Beatmungsgeräte Ventil Ventile Maske Masken Atemschutzmaske Schutzkleidung Handschuhe"
                    + " Krankenhaus Krankenhäuser Lieferant Lieferanten Produktion Drucker Fertigung Zertifizierung Lieferung"
                    + " Engpass Engpässe Kapazität Spritzguss Desinfektionsmittel Förderung Kredit Zoll Logistik Lager Bauteil Bauteile"),
            "fr", words("respirateur respirateurs valve valves masque masques visière visières blouse gants hôpital hôpitaux"
                    + " fournisseur fournisseurs production imprimante impression certification livraison pénurie pénuries"
                    + " capacité usinage moulage désinfectant financement prêt douane logistique entrepôt composant composants"),
            "it", words("ventilatore ventilatori valvola valvole mascherina mascherine visiera visiere camice guanti ospedale"
                    + " ospedali fornitore fornitori produzione stampante stampa certificazione consegna carenza capacità"
                    + " lavorazione stampaggio disinfettante finanziamento prestito dogana logistica magazzino componente componenti"),
            "es", words("respirador respiradores válvula válvulas mascarilla mascarillas pantalla guantes hospital hospitales"
                    + " proveedor proveedores producción impresora impresión certificación entrega escasez capacidad mecanizado"
                    + " moldeo desinfectante financiación préstamo aduana logística almacén componente componentes"),
            "pl", words("respirator respiratory zawór zawory maseczka maseczki przyłbica przyłbice rękawice szpital szpitale"
                    + " dostawca dostawcy produkcja drukarka druk certyfikacja dostawa niedobór wydajność obróbka formowanie"
                    + " dezynfekcja finansowanie pożyczka cło logistyka magazyn komponent komponenty"),
            "nl", words("beademingsapparaat beademingsapparaten ventiel ventielen mondkapje mondkapjes handschoenen ziekenhuis"
                    + " ziekenhuizen leverancier leveranciers productie printer certificering levering tekort capaciteit"
                    + " desinfectiemiddel financiering lening douane logistiek magazijn onderdeel onderdelen"));

    static final Map<String, String[]> PHRASES = Map.of(
            "en", new String[] {"ventilator valves", "protective masks", "3D printing", "supply chain", "medical devices",
                "short-time work", "state aid", "production capacity"},
            "de", new String[] {"medizinische Geräte", "3D Druck", "Lieferkette", "Kurzarbeit", "staatliche Beihilfen"},
            "fr", new String[] {"dispositifs médicaux", "impression 3D", "chaîne d'approvisionnement", "chômage partiel"},
            "it", new String[] {"dispositivi medici", "stampa 3D", "catena di fornitura", "cassa integrazione"},
            "es", new String[] {"dispositivos médicos", "impresión 3D", "cadena de suministro", "ayudas de estado"},
            "pl", new String[] {"wyroby medyczne", "druk 3D", "łańcuch dostaw", "pomoc publiczna"},
            "nl", new String[] {"medische hulpmiddelen", "3D printen", "toeleveringsketen", "staatssteun"});

    static final Map<String, String[]> FUNCTION = Map.of(
            "en", words("the of and to in we can for with our a is are this that have from per week on by it be need"),
            "de", words("der die das und zu in wir können für mit unsere ein ist sind diese haben von pro Woche auf bei"),
            "fr", words("le la les et de en nous pouvons pour avec notre un est sont cette avons par semaine sur dans"),
            "it", words("il la le e di in noi possiamo per con nostra un è sono questa abbiamo da alla settimana su nel"),
            "es", words("el la los y de en podemos para con nuestra un es son esta tenemos por semana sobre del las"),
            "pl", words("i w na z do że możemy dla nasza jest są ta mamy od tydzień przez po nie się"),
            "nl", words("de het en van in we kunnen voor met onze een is zijn deze hebben per week op bij"));

    static final String[] TAGS = words("masks ventilators valves gloves gowns visors 3d-printing funding logistics customs"
            + " certification sanitiser testing hospitals supply-chain machining moulding textiles electronics chemicals");

    private static final String[] SYLLABLES = words("ka to ri mo ne sa lu vi de po ra te li na mi ko be fu ga ze"
            + " tor ven lan mar sil dor pel tas ker nov");

    final List<String> made = new ArrayList<>();
    private final double[] cumulative;

    Vocabulary(Random random, int madeUpWords) {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        while (seen.size() < madeUpWords) {
            StringBuilder word = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            seen.add(word.toString());
        }
        made.addAll(seen);
        cumulative = zipf(madeUpWords);
    }

    /** A made-up word; rank 1 is the most frequent. */
    String madeUp(Random random) {
        int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return made.get(Math.min(made.size() - 1, index < 0 ? -index - 1 : index));
    }

    /** A domain word, the first ones more often (the first of 40 about 5 %, the last 2 %). */
    static String pick(String[] words, Random random) {
        return words[(int) Math.min(words.length - 1, Math.floor(Math.pow(random.nextDouble(), 1.2) * words.length))];
    }

    static String language(Random random) {
        double r = random.nextDouble();
        for (int i = 0; i < LANGUAGE_SHARE.length; i++) {
            r -= LANGUAGE_SHARE[i];
            if (r < 0) {
                return LANGUAGES.get(i);
            }
        }
        return "en";
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int rank = 1; rank <= n; rank++) {
            sum += 1.0 / rank;
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static String[] words(String text) {
        return text.split(" ");
    }
}
