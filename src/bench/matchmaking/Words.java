import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words offers and needs are written in: per language, the real product words of each
 * group of categories ("FFP2-Masken", "mascherine chirurgiche", "rękawice nitrylowe") and a
 * few sentence patterns, so that listings of one product in one language share stems, as
 * {@code SimilarListings} expects, and listings in two languages do not.
 */
final class Words {

    static final String[] LANGUAGES = {"en", "de", "fr", "it", "es", "pl"};

    /** The group of words a category is written with, by its slug (parents and children alike). */
    static String group(String slug) {
        return switch (slug) {
            case "masks", "ffp2-masks", "ffp3-masks", "surgical-masks" -> "masks";
            case "protective-equipment", "gloves", "disposable-gloves", "surgical-gloves" -> "gloves";
            case "gowns" -> "gowns";
            case "eye-and-face-protection", "face-shields", "goggles" -> "eyes";
            case "disinfectants", "surface-disinfectant", "hand-sanitiser" -> "disinfectants";
            case "testing", "test-kits", "swabs", "reagents" -> "testing";
            case "respiratory-devices", "ventilators", "ventilator-parts", "ventilator-valves", "breathing-tubing" -> "ventilators";
            case "sterilisation" -> "sterilisation";
            case "transport-logistics", "road-freight", "air-freight", "warehousing" -> "logistics";
            default -> "manufacturing";
        };
    }

    private static final Map<String, Map<String, String[]>> PRODUCTS = Map.of(
        "masks", Map.of(
            "en", new String[] {"FFP2 masks", "FFP3 respirators", "surgical masks", "face masks", "filtering half masks",
                "melt-blown filter fabric", "masks with ear loops", "respirator masks"},
            "de", new String[] {"FFP2-Masken", "FFP3-Atemschutzmasken", "OP-Masken", "Mundschutzmasken", "Atemschutzmasken",
                "Filtervlies", "Masken mit Ohrschlaufen"},
            "fr", new String[] {"masques FFP2", "masques FFP3", "masques chirurgicaux", "demi-masques filtrants", "tissu meltblown",
                "masques à élastiques"},
            "it", new String[] {"mascherine FFP2", "mascherine FFP3", "mascherine chirurgiche", "facciali filtranti",
                "tessuto meltblown", "mascherine con elastici"},
            "es", new String[] {"mascarillas FFP2", "mascarillas FFP3", "mascarillas quirúrgicas", "mascarillas autofiltrantes",
                "tejido meltblown"},
            "pl", new String[] {"maseczki FFP2", "półmaski FFP3", "maseczki chirurgiczne", "półmaski filtrujące",
                "maski ochronne", "włóknina meltblown"}),
        "gloves", Map.of(
            "en", new String[] {"nitrile gloves", "latex gloves", "examination gloves", "surgical gloves", "powder-free gloves",
                "disposable gloves"},
            "de", new String[] {"Nitrilhandschuhe", "Latexhandschuhe", "Untersuchungshandschuhe", "OP-Handschuhe",
                "Einweghandschuhe"},
            "fr", new String[] {"gants en nitrile", "gants en latex", "gants d'examen", "gants chirurgicaux", "gants jetables"},
            "it", new String[] {"guanti in nitrile", "guanti in lattice", "guanti monouso", "guanti chirurgici",
                "guanti senza polvere"},
            "es", new String[] {"guantes de nitrilo", "guantes de látex", "guantes desechables", "guantes quirúrgicos"},
            "pl", new String[] {"rękawice nitrylowe", "rękawice lateksowe", "rękawice jednorazowe", "rękawice chirurgiczne"}),
        "gowns", Map.of(
            "en", new String[] {"isolation gowns", "protective coveralls", "surgical gowns", "disposable aprons"},
            "de", new String[] {"Schutzkittel", "Schutzanzüge", "OP-Kittel", "Einwegschürzen"},
            "fr", new String[] {"blouses de protection", "combinaisons de protection", "blouses chirurgicales", "tabliers jetables"},
            "it", new String[] {"camici protettivi", "tute protettive", "camici chirurgici", "grembiuli monouso"},
            "es", new String[] {"batas de protección", "monos de protección", "batas quirúrgicas", "delantales desechables"},
            "pl", new String[] {"fartuchy ochronne", "kombinezony ochronne", "fartuchy chirurgiczne"}),
        "eyes", Map.of(
            "en", new String[] {"face shields", "protective visors", "safety goggles", "PET film visors"},
            "de", new String[] {"Gesichtsschutzschilde", "Schutzvisiere", "Schutzbrillen", "Visierfolie"},
            "fr", new String[] {"visières de protection", "écrans faciaux", "lunettes de protection"},
            "it", new String[] {"visiere protettive", "schermi facciali", "occhiali protettivi"},
            "es", new String[] {"pantallas faciales", "viseras de protección", "gafas de protección"},
            "pl", new String[] {"przyłbice", "osłony twarzy", "gogle ochronne"}),
        "disinfectants", Map.of(
            "en", new String[] {"hand sanitiser", "surface disinfectant", "alcohol gel", "ethanol disinfectant"},
            "de", new String[] {"Händedesinfektionsmittel", "Flächendesinfektion", "Desinfektionsgel", "Ethanol"},
            "fr", new String[] {"gel hydroalcoolique", "désinfectant de surface", "solution hydroalcoolique"},
            "it", new String[] {"gel igienizzante", "disinfettante per superfici", "soluzione idroalcolica"},
            "es", new String[] {"gel hidroalcohólico", "desinfectante de superficies", "solución hidroalcohólica"},
            "pl", new String[] {"płyn do dezynfekcji rąk", "środek do dezynfekcji powierzchni", "żel antybakteryjny"}),
        "testing", Map.of(
            "en", new String[] {"test kits", "rapid antigen tests", "PCR reagents", "nasal swabs", "viral transport medium"},
            "de", new String[] {"Testkits", "Antigen-Schnelltests", "PCR-Reagenzien", "Abstrichtupfer"},
            "fr", new String[] {"kits de test", "tests antigéniques rapides", "réactifs PCR", "écouvillons"},
            "it", new String[] {"kit diagnostici", "test antigenici rapidi", "reagenti PCR", "tamponi nasali"},
            "es", new String[] {"kits de diagnóstico", "test rápidos de antígenos", "reactivos PCR", "hisopos"},
            "pl", new String[] {"zestawy testowe", "szybkie testy antygenowe", "odczynniki PCR", "wymazówki"}),
        "ventilators", Map.of(
            "en", new String[] {"ventilators", "ventilator valves", "breathing circuits", "oxygen tubing", "flow sensors"},
            "de", new String[] {"Beatmungsgeräte", "Beatmungsventile", "Beatmungsschläuche", "Durchflusssensoren"},
            "fr", new String[] {"respirateurs", "valves de respirateur", "circuits respiratoires", "tuyaux d'oxygène"},
            "it", new String[] {"ventilatori polmonari", "valvole per ventilatori", "circuiti respiratori", "tubi per ossigeno"},
            "es", new String[] {"respiradores", "válvulas de respirador", "circuitos respiratorios", "tubos de oxígeno"},
            "pl", new String[] {"respiratory", "zawory do respiratorów", "układy oddechowe", "przewody tlenowe"}),
        "manufacturing", Map.of(
            "en", new String[] {"3D printing", "CNC machining", "injection moulding", "sewing lines", "electronics assembly",
                "prototype parts"},
            "de", new String[] {"3D-Druck", "CNC-Fräsen", "Spritzguss", "Nähkapazität", "Elektronikfertigung"},
            "fr", new String[] {"impression 3D", "usinage CNC", "moulage par injection", "ateliers de couture",
                "assemblage électronique"},
            "it", new String[] {"stampa 3D", "lavorazione CNC", "stampaggio a iniezione", "laboratori di cucito",
                "assemblaggio elettronico"},
            "es", new String[] {"impresión 3D", "mecanizado CNC", "moldeo por inyección", "talleres de confección"},
            "pl", new String[] {"druk 3D", "obróbka CNC", "formowanie wtryskowe", "szwalnia", "montaż elektroniki"}),
        "sterilisation", Map.of(
            "en", new String[] {"sterilisation", "ethylene oxide sterilisation", "gamma irradiation"},
            "de", new String[] {"Sterilisation", "Ethylenoxid-Sterilisation", "Gammabestrahlung"},
            "fr", new String[] {"stérilisation", "stérilisation à l'oxyde d'éthylène", "irradiation gamma"},
            "it", new String[] {"sterilizzazione", "sterilizzazione a ossido di etilene", "irraggiamento gamma"},
            "es", new String[] {"esterilización", "esterilización con óxido de etileno", "irradiación gamma"},
            "pl", new String[] {"sterylizacja", "sterylizacja tlenkiem etylenu", "napromieniowanie gamma"}),
        "logistics", Map.of(
            "en", new String[] {"road freight", "air freight", "warehousing", "cold chain transport", "pallet storage"},
            "de", new String[] {"Straßentransport", "Luftfracht", "Lagerhaltung", "Kühltransport"},
            "fr", new String[] {"transport routier", "fret aérien", "entreposage", "transport frigorifique"},
            "it", new String[] {"trasporto su strada", "trasporto aereo", "magazzino", "catena del freddo"},
            "es", new String[] {"transporte por carretera", "carga aérea", "almacenamiento", "cadena de frío"},
            "pl", new String[] {"transport drogowy", "fracht lotniczy", "magazynowanie", "łańcuch chłodniczy"}));

    /** {p}, {p2}: product words; {q}: a quantity; {d}: days; {c}: a certification; {x}: a place or customer. */
    private static final Map<String, String[]> OFFER_TITLE = Map.of(
        "en", new String[] {"{P}, {q} a week", "{P} from stock", "{P}: capacity available"},
        "de", new String[] {"{P}, {q} pro Woche", "{P} ab Lager", "{P}: freie Kapazität"},
        "fr", new String[] {"{P}, {q} par semaine", "{P} en stock", "{P} : capacité disponible"},
        "it", new String[] {"{P}, {q} a settimana", "{P} disponibili", "{P}: capacità disponibile"},
        "es", new String[] {"{P}, {q} por semana", "{P} en stock", "{P}: capacidad disponible"},
        "pl", new String[] {"{P}, {q} tygodniowo", "{P} z magazynu", "{P}: wolne moce produkcyjne"});

    private static final Map<String, String[]> NEED_TITLE = Map.of(
        "en", new String[] {"{q} {p} needed", "Looking for {p}", "Urgent: {p} for {x}"},
        "de", new String[] {"{q} {p} gesucht", "Wir suchen {p}", "Dringend: {p} für {x}"},
        "fr", new String[] {"Recherche {q} {p}", "Besoin de {p}", "Urgent : {p} pour {x}"},
        "it", new String[] {"Cerchiamo {q} {p}", "Servono {p}", "Urgente: {p} per {x}"},
        "es", new String[] {"Buscamos {q} {p}", "Necesitamos {p}", "Urgente: {p} para {x}"},
        "pl", new String[] {"Potrzebne {q} {p}", "Szukamy: {p}", "Pilne: {p} dla {x}"});

    private static final Map<String, String[]> OFFER_TEXT = Map.of(
        "en", new String[] {"We produce {p} on our own lines.", "Capacity of {q} a week, {p} ready to ship.",
            "Certified {c}.", "Delivery in {d} days.", "We can also supply {p2} on request.",
            "Our {p} are tested in our own laboratory.", "Samples of the {p} are available for hospitals."},
        "de", new String[] {"Wir fertigen {p} auf eigenen Linien.", "Kapazität {q} pro Woche, {p} sofort lieferbar.",
            "Zertifiziert nach {c}.", "Lieferung in {d} Tagen.", "Auf Anfrage liefern wir auch {p2}.",
            "Unsere {p} werden im eigenen Labor geprüft.", "Muster der {p} für Kliniken verfügbar."},
        "fr", new String[] {"Nous fabriquons des {p} sur nos propres lignes.", "Capacité de {q} par semaine, {p} prêts à expédier.",
            "Certifié {c}.", "Livraison en {d} jours.", "Nous fournissons aussi des {p2} sur demande.",
            "Nos {p} sont testés dans notre laboratoire.", "Échantillons de {p} disponibles pour les hôpitaux."},
        "it", new String[] {"Produciamo {p} sulle nostre linee.", "Capacità di {q} a settimana, {p} pronti per la spedizione.",
            "Certificato {c}.", "Consegna in {d} giorni.", "Forniamo anche {p2} su richiesta.",
            "I nostri {p} sono testati nel nostro laboratorio.", "Campioni di {p} disponibili per gli ospedali."},
        "es", new String[] {"Fabricamos {p} en nuestras propias líneas.", "Capacidad de {q} por semana, {p} listos para enviar.",
            "Certificado {c}.", "Entrega en {d} días.", "También suministramos {p2} bajo pedido.",
            "Nuestros {p} se prueban en nuestro laboratorio.", "Muestras de {p} disponibles para hospitales."},
        "pl", new String[] {"Produkujemy {p} na własnych liniach.", "Wydajność {q} tygodniowo, {p} gotowe do wysyłki.",
            "Certyfikat {c}.", "Dostawa w {d} dni.", "Na życzenie dostarczamy też {p2}.",
            "Nasze {p} są badane we własnym laboratorium.", "Próbki: {p} dostępne dla szpitali."});

    private static final Map<String, String[]> NEED_TEXT = Map.of(
        "en", new String[] {"We need {q} {p} for {x}.", "The {p} must meet {c}.", "Delivery within {d} days, please.",
            "Partial deliveries of {p} are welcome.", "We would also take {p2}.", "Our stock of {p} runs out soon."},
        "de", new String[] {"Wir brauchen {q} {p} für {x}.", "Die {p} müssen {c} erfüllen.", "Lieferung bitte innerhalb von {d} Tagen.",
            "Teillieferungen von {p} sind willkommen.", "Wir nehmen auch {p2}.", "Unser Vorrat an {p} geht bald zu Ende."},
        "fr", new String[] {"Nous avons besoin de {q} {p} pour {x}.", "Les {p} doivent respecter {c}.",
            "Livraison sous {d} jours, s'il vous plaît.", "Les livraisons partielles de {p} sont bienvenues.",
            "Nous prendrions aussi des {p2}.", "Notre stock de {p} s'épuise."},
        "it", new String[] {"Ci servono {q} {p} per {x}.", "I {p} devono essere conformi a {c}.", "Consegna entro {d} giorni.",
            "Sono gradite consegne parziali di {p}.", "Prenderemmo anche {p2}.", "La nostra scorta di {p} sta finendo."},
        "es", new String[] {"Necesitamos {q} {p} para {x}.", "Los {p} deben cumplir {c}.", "Entrega en un plazo de {d} días.",
            "Se aceptan entregas parciales de {p}.", "También aceptaríamos {p2}.", "Nuestro stock de {p} se agota."},
        "pl", new String[] {"Potrzebujemy {q} {p} dla {x}.", "{P} muszą spełniać {c}.", "Dostawa w ciągu {d} dni.",
            "Dostawy częściowe: {p} mile widziane.", "Przyjmiemy też {p2}.", "Nasz zapas: {p} wkrótce się skończy."});

    private static final Map<String, String[]> CUSTOMERS = Map.of(
        "en", new String[] {"hospitals", "care homes", "the regional health service", "our clinics", "first responders"},
        "de", new String[] {"Krankenhäuser", "Pflegeheime", "den Rettungsdienst", "unsere Kliniken", "Arztpraxen"},
        "fr", new String[] {"les hôpitaux", "les EHPAD", "les pharmacies", "nos cliniques", "les pompiers"},
        "it", new String[] {"gli ospedali", "le RSA", "la protezione civile", "le nostre cliniche", "le farmacie"},
        "es", new String[] {"los hospitales", "las residencias", "los centros de salud", "nuestras clínicas", "las farmacias"},
        "pl", new String[] {"szpitali", "domów opieki", "pogotowia", "naszych przychodni", "aptek"});

    /** The language a listing of an organisation in {@code country} is written in, most of the time. */
    static String languageOf(String country) {
        return switch (country) {
            case "DE", "AT", "LI" -> "de";
            case "FR", "LU" -> "fr";
            case "BE" -> "fr";
            case "IT", "MT" -> "it";
            case "ES" -> "es";
            case "PL" -> "pl";
            default -> "en";
        };
    }

    private final Random random;

    Words(Random random) {
        this.random = random;
    }

    String offerTitle(String language, String group, long perWeek) {
        return fill(pick(OFFER_TITLE.get(language)), language, group, perWeek, 0, null);
    }

    String needTitle(String language, String group, long quantity) {
        return fill(pick(NEED_TITLE.get(language)), language, group, quantity, 0, null);
    }

    /** Two to five sentences about the offer: what, how much, certified how, how fast. */
    String offerText(String language, String group, long perWeek, int leadDays, List<String> certifications) {
        return text(OFFER_TEXT.get(language), language, group, perWeek, leadDays, certifications);
    }

    String needText(String language, String group, long quantity, int days, List<String> certifications) {
        return text(NEED_TEXT.get(language), language, group, quantity, days, certifications);
    }

    private String text(String[] sentences, String language, String group, long quantity, int days, List<String> certifications) {
        int count = 2 + random.nextInt(4);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String sentence = sentences[random.nextInt(sentences.length)];
            if (sentence.contains("{c}") && certifications.isEmpty()) {
                continue;
            }
            String c = certifications.isEmpty() ? "" : certifications.get(random.nextInt(certifications.size()));
            text.append(text.isEmpty() ? "" : " ").append(fill(sentence, language, group, quantity, days, c));
        }
        return text.isEmpty() ? fill(sentences[0], language, group, quantity, days, "") : text.toString();
    }

    private String fill(String pattern, String language, String group, long quantity, int days, String certification) {
        String[] products = PRODUCTS.get(group).get(language);
        String p = products[skewed(products.length)];
        String p2 = products[random.nextInt(products.length)];
        String result = pattern.replace("{P}", capitalised(p)).replace("{p}", p).replace("{p2}", p2)
                .replace("{q}", String.format(java.util.Locale.ROOT, "%,d", quantity).replace(',', language.equals("en") ? ',' : '.'))
                .replace("{d}", Integer.toString(days)).replace("{x}", pick(CUSTOMERS.get(language)));
        return certification == null ? result : result.replace("{c}", certification);
    }

    /** Index 0 most often, the last rarely: the common name of a product is the common word. */
    private int skewed(int length) {
        return Math.min(length - 1, (int) (-Math.log(1 - random.nextDouble()) * 1.2));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
