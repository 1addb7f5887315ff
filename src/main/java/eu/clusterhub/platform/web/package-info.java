/** Web utilities shared by all views: caching of static assets and the like. */
package eu.clusterhub.platform.web;
