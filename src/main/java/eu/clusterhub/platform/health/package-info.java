/** MicroProfile Health checks behind /health/ready and /health/live. */
package eu.clusterhub.platform.health;
