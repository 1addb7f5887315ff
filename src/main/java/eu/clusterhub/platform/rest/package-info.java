/** The REST API's base: the JAX-RS application at /api and RFC 9457 problem details for every error. */
package eu.clusterhub.platform.rest;
