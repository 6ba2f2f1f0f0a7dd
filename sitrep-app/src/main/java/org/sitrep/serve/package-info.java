/**
 * The serve stage: the wire forms of stored incidents (the API contract's JSON, CSV in ACLED/GTD style, RFC 7946
 * GeoJSON) shared by the CLI's exports and the HTTP API, and the HTTP server with the analyst's page.
 */
package org.sitrep.serve;
