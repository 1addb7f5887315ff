/**
 * What every feature stands on: the data source and its migrations, the start-up
 * sequence, health checks, structured logging and small web utilities. Anything here that
 * only serves one feature belongs in that feature instead.
 */
package eu.clusterhub.platform;
