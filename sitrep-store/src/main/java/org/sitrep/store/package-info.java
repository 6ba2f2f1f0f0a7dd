/**
 * The store stage: one schema, versioned migrations, SQLite or PostgreSQL behind JDBC. A document and everything
 * extracted from it are written in one transaction, so a killed process never leaves half a document behind.
 * {@link org.sitrep.store.Store} is the front door; its records ({@link org.sitrep.store.IncidentSummary},
 * {@link org.sitrep.store.IncidentDetail}, {@link org.sitrep.store.StoredDocument}, {@link org.sitrep.store.Stats})
 * are what the CLI, the HTTP API and exports read. No {@code java.sql} type leaves this package; the merge decisions
 * themselves are the merge stage's ({@link org.sitrep.merge.IncidentMatcher}).
 */
package org.sitrep.store;
