/**
 * resolve: turns what an article says about place into gazetteer places and an incident's {@code Location}.
 * Works offline on the index the build generates; never extracts incidents and never fetches anything.
 */
package org.sitrep.resolve;
