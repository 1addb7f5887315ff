package eu.clusterhub.platform;

/**
 * Cells of the CSV exports (the capacity overview, the audit log) as spreadsheets should
 * read them: a text that starts like a formula ({@code = + - @}, a tab or a carriage return)
 * gets a leading apostrophe, so opening the file never runs what a member typed.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell's text, neutralised when a spreadsheet would take it for a formula; empty for null. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
