package eu.clusterhub.account;

import jakarta.json.JsonValue;

/**
 * A feature's part of an account's data export: what it stores about the account, under a
 * name of its own. {@link DataExport} asks every implementation (CDI beans next to the
 * feature's code), so a feature that stores personal data adds its part without a change here.
 */
public interface DataExportPart {

    /** The key of this part in the export, e.g. "matchmaking". */
    String name();

    JsonValue of(long accountId);
}
