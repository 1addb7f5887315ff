/**
 * The contract between features that let staff act and the audit log that records them: an
 * event fired in the change's transaction and each feature's list of action names.
 */
package eu.clusterhub.platform.audit;
